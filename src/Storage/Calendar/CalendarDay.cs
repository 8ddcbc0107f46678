namespace VolunteerRecords.Storage.Calendar;

public sealed class CalendarDay
{
    public DateOnly Day { get; init; }

    /// <summary>holiday (no work on a weekday) or workday (a weekend day that is worked).</summary>
    public string Kind { get; init; } = "";

    public string Name { get; init; } = "";
}
