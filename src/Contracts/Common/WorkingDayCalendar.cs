using System.Collections.Concurrent;

namespace VolunteerRecords.Grains.Common;

/// <summary>
/// Working days as the State Council arranges them: Monday to Friday, except holidays, plus the weekend days declared
/// worked (调休). Deadlines in working days (办法 Art11: records within 10 working days) count on it. The statutory
/// holidays of every year are computed (<see cref="StatutoryHolidays"/>); a year whose arrangement the city bureau has
/// entered adds its days off and worked weekends. A deadline that counts days of a year not yet arranged says so.
/// </summary>
public sealed class WorkingDayCalendar(IReadOnlyDictionary<DateOnly, bool> declared, IReadOnlySet<int> arrangedYears)
{
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> Statutory = new();

    /// <param name="days">Each declared day: true when it is worked, false when it is a holiday.</param>
    /// <param name="arrangedYears">The years whose whole arrangement has been entered.</param>
    public static WorkingDayCalendar From(IEnumerable<(DateOnly Day, bool Worked)> days, IEnumerable<int> arrangedYears) =>
        new(days.ToDictionary(d => d.Day, d => d.Worked), arrangedYears.ToHashSet());

    public bool IsArranged(int year) => arrangedYears.Contains(year);

    public bool IsWorkingDay(DateOnly day) =>
        declared.TryGetValue(day, out var worked) ? worked
        : !IsStatutoryHoliday(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static bool IsStatutoryHoliday(DateOnly day) =>
        Statutory.GetOrAdd(day.Year, year => [.. StatutoryHolidays.Of(year).Select(h => h.Day)]).Contains(day);

    /// <summary>The day on which <paramref name="count"/> working days after <paramref name="from"/> have passed.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count) => Deadline(from, count).Day;

    /// <summary>
    /// The day on which <paramref name="count"/> working days after <paramref name="from"/> have passed, and whether
    /// it is provisional: counted over a year whose arrangement is not entered, it may move when it is.
    /// </summary>
    public WorkingDeadline Deadline(DateOnly from, int count)
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

        var provisional = false;
        for (var year = from.AddDays(1).Year; year <= day.Year; year++)
        {
            provisional |= !IsArranged(year);
        }

        return new WorkingDeadline(day, provisional);
    }
}
