namespace Dateline.Events;

/// <summary>
/// A number a report gives about its event: "killing 12 civilians", "sent 300 troops", "the meeting lasted more than
/// two hours". <see cref="What"/> says what was counted, as lemmas ("kill people", "send troop", "last hour"), so two
/// reports' figures of one thing can be compared; <see cref="Bound"/> keeps the report's hedge ("more than", "about").
/// </summary>
public sealed record EventFigure
{
    /// <summary>The number as a value: 75000 for "75,000", 2 for "two", 1500000 for "1.5 million".</summary>
    public required double Value { get; init; }

    /// <summary>exact | at least | more than | about | up to | fewer than.</summary>
    public required string Bound { get; init; }

    /// <summary>What was counted: the verb's and the counted noun's lemmas ("kill people", "send troop").</summary>
    public required string What { get; init; }

    /// <summary>The words as the report writes them ("more than 75,000 people").</summary>
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>The figure as a version of a detail: its hedge and number ("more than 75,000", "12").</summary>
    public string Display => (Bound == "exact" ? "" : Bound + " ") + Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The range of true values the words allow; two reports disagree when their ranges do not meet ("12" and "40"
    /// do not; "at least 12" and "40" do).
    /// </summary>
    public static (double Low, double High) Range(string bound, double value) => bound switch
    {
        "at least" => (value, double.PositiveInfinity),
        "more than" => (value + Math.Max(1e-9, value * 1e-9), double.PositiveInfinity),
        "about" => (value * 0.75, value * 1.25),
        "up to" => (0, value),
        "fewer than" => (0, value - Math.Max(1e-9, value * 1e-9)),
        _ => (value, value),
    };

    /// <summary>Reads a <see cref="Display"/> back ("more than 75,000") into its bound and value; null if it is not one.</summary>
    public static (string Bound, double Value)? Parse(string display)
    {
        foreach (var bound in new[] { "at least", "more than", "about", "up to", "fewer than" })
            if (display.StartsWith(bound + " ", StringComparison.Ordinal))
                return double.TryParse(display[(bound.Length + 1)..].Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? (bound, v) : null;
        return double.TryParse(display.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x) ? ("exact", x) : null;
    }

    /// <summary>Two reported figures of one thing that cannot both be true.</summary>
    public static bool Disagree(string a, string b)
    {
        if (Parse(a) is not { } x || Parse(b) is not { } y) return false;
        var (lowA, highA) = Range(x.Bound, x.Value);
        var (lowB, highB) = Range(y.Bound, y.Value);
        return highA < lowB || highB < lowA;
    }
}
