namespace VolunteerRecords.Storage.Calendar;

public sealed class CalendarDay
{
    public const string Holiday = "holiday";
    public const string Workday = "workday";

    public DateOnly Day { get; init; }

    /// <summary>holiday (no work on a weekday) or workday (a weekend day that is worked).</summary>
    public string Kind { get; init; } = "";

    /// <summary>A "workday" is a weekend day worked; anything else is a holiday.</summary>
    public bool Worked => Kind == Workday;

    public string Name { get; init; } = "";
}
