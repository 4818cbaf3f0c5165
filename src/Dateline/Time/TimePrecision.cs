using System.Text.Json.Serialization;

namespace Dateline.Time;

/// <summary>The granularity of a resolved value: "2019-W19" is a week, "2018" a year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimePrecision>))]
public enum TimePrecision
{
    /// <summary>No calendar granularity: PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    Reference,
    Century,
    Decade,
    Year,
    Half,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    PartOfDay,
    Hour,
    Minute,
    Second,
}
