using System.Globalization;
using Dateline.Web.Desk;

namespace Dateline.Web.Api;

/// <summary>
/// Reads query parameters by hand so that every bad value gets a 400 naming the parameter and the reason
/// (framework binding would answer an empty 400). Collects all problems, then <see cref="Problem"/> reports them.
/// </summary>
internal sealed class QueryReader(HttpRequest request)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxTextLength = 500;

    private readonly List<string> _errors = [];

    public bool Ok => _errors.Count == 0;

    public IResult Problem() => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Bad query parameter",
        detail: string.Join("; ", _errors));

    public string? Text(string name, bool required = false)
    {
        var values = request.Query[name];
        if (values.Count > 1) { _errors.Add($"'{name}' given more than once"); return null; }
        string? v = values.Count == 1 ? values[0]?.Trim() : null;
        if (string.IsNullOrEmpty(v))
        {
            if (required) _errors.Add($"'{name}' is required");
            return null;
        }
        if (v.Length > MaxTextLength) { _errors.Add($"'{name}' is longer than {MaxTextLength} characters"); return null; }
        return v;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var v = Text(name);
        if (v is null) return fallback;
        if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            _errors.Add($"'{name}' must be a whole number from {min} to {max}, not '{v}'");
            return fallback;
        }
        return n;
    }

    public (int Offset, int Limit) Paging() => (Int("offset", 0, 0, 1_000_000), Int("limit", DefaultLimit, 1, MaxLimit));

    public DateOnly? Date(string name, bool end)
    {
        var v = Text(name);
        if (v is null) return null;
        if (DeskDates.TryBound(v, end, out var day)) return day;
        _errors.Add($"'{name}' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '{v}'");
        return null;
    }

    /// <summary>An article id from the route: a positive whole number.</summary>
    public static long? ArticleId(string raw) =>
        long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out long id) && id > 0 ? id : null;
}
