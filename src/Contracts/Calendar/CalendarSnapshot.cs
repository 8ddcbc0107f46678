using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Calendar;

/// <summary>The declared days and the years whose arrangement is entered: everything a deadline counts on.</summary>
[GenerateSerializer, Immutable]
public sealed record CalendarSnapshot([property: Id(0)] IReadOnlyList<CalendarDayEntry> Days, [property: Id(1)] IReadOnlyList<ArrangedYear> Years)
{
    public WorkingDayCalendar ToWorkingDays() => WorkingDayCalendar.From(Days.Select(d => (d.Day, d.Worked)), Years.Select(y => y.Year));

    public bool IsArranged(int year) => Years.Any(y => y.Year == year);

    /// <summary>
    /// From November the next year's arrangement is due (the State Council publishes it late in the year): true
    /// when it is due and not entered, so the city bureau is reminded.
    /// </summary>
    public bool NextYearMissing(DateOnly today) => today.Month >= CalendarRules.ReminderMonth && !IsArranged(today.Year + 1);
}
