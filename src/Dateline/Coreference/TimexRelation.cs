namespace Dateline.Coreference;

/// <summary>How two TIMEX3 values relate as calendar intervals.</summary>
public enum TimexRelation
{
    /// <summary>One or both values have no calendar interval ("PRESENT_REF", "XXXX-WXX-4", none): nothing can be said.</summary>
    Unknown,

    /// <summary>The same interval ("2019-05-16" and "2019-05-16").</summary>
    Same,

    /// <summary>The first lies inside the second ("2019-05-16" inside "2019-W20").</summary>
    Inside,

    /// <summary>The first contains the second ("2019-05" contains "2019-05-16").</summary>
    Contains,

    /// <summary>The intervals overlap without one containing the other ("2019-W22" and "2019-06").</summary>
    Overlaps,

    /// <summary>No common day ("2019-05-16" and "2019-05-17"; "2018" and "2019"): not the same happening.</summary>
    Disjoint,
}
