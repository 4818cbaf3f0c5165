namespace Dateline.Web.Api;

/// <summary>One page of a list: the total, where it starts, its size, and its items.</summary>
public sealed record Page<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items)
{
    public static Page<T> Of(IReadOnlyList<T> all, int offset, int limit) =>
        new(all.Count, offset, limit, all.Skip(offset).Take(limit).ToList());
}
