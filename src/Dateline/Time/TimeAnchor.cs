namespace Dateline.Time;

/// <summary>
/// The date relative expressions are resolved against: the publication date (confidence 1), or one
/// inferred from the text with its confidence and evidence. <see cref="Precision"/> is
/// <see cref="TimePrecision.Day"/>, or <see cref="TimePrecision.Year"/> when only the year is known
/// (a copyright line): then "last year" resolves but "on Monday" stays relative.
/// </summary>
public sealed record TimeAnchor(DateOnly Date, TimePrecision Precision, TimeAnchorKind Kind, double Confidence, string Evidence)
{
    public static TimeAnchor Publication(DateOnly date) => new(date, TimePrecision.Day, TimeAnchorKind.Publication, 1.0, "publication date");

    /// <summary>The anchor as TimeML writes it: "2019-05-16", or "2019" for a year-only anchor.</summary>
    public string Iso => Precision == TimePrecision.Year ? Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public bool KnowsDay => Precision == TimePrecision.Day;
}
