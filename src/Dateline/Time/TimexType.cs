using System.Text.Json.Serialization;

namespace Dateline.Time;

/// <summary>The TIMEX3 type of a time expression (TimeML 1.2.1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimexType>))]
public enum TimexType
{
    /// <summary>A calendar point or period: "Thursday", "last week", "the third quarter".</summary>
    Date,

    /// <summary>A time of day or part of a day: "10:30 a.m.", "Friday morning".</summary>
    Time,

    /// <summary>A length of time: "more than a month", "two years".</summary>
    Duration,

    /// <summary>A recurrence: "every Monday", "daily".</summary>
    Set,
}
