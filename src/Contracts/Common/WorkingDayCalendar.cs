namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Working days as the State Council arranges them: Monday to Friday, except declared holidays, plus the weekend
/// days declared worked (调休). Deadlines in working days (办法 Art11: records within 10 working days) count on it.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    /// <param name="days">Each declared day: true when it is worked, false when it is a holiday.</param>
    public static WorkingDayCalendar From(IEnumerable<(DateOnly Day, bool Worked)> days) =>
        new(days.ToDictionary(d => d.Day, d => d.Worked));

    public bool IsWorkingDay(DateOnly day) =>
        exceptions.TryGetValue(day, out var worked) ? worked : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The day on which <paramref name="count"/> working days after <paramref name="from"/> have passed.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        var day = from;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
