using Dateline.Storage;

namespace Dateline.Web.Api;

public sealed record SearchPage(string Query, int Offset, int Limit, IReadOnlyList<SearchHit> Items);
