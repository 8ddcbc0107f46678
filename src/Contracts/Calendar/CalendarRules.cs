using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Calendar;

/// <summary>What a year's holiday arrangement may hold, checked before it replaces the one entered.</summary>
public static class CalendarRules
{
    public const int ReminderMonth = 11;
    public const int MaxNameLength = 20;
    public const int FirstYear = 2001;
    public const int LastYear = 2099;

    /// <summary>Throws the first broken rule; the days are the whole arrangement of <paramref name="year"/>.</summary>
    public static void Check(int year, IReadOnlyList<CalendarDayEntry> days)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException(CalendarErrors.YearOutOfRange, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (days.Count == 0)
        {
            throw new DomainException(CalendarErrors.NoDays, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var seen = new HashSet<DateOnly>();
        foreach (var day in days)
        {
            var text = day.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (day.Day.Year != year)
            {
                throw new DomainException(CalendarErrors.DayOutsideYear, text);
            }

            if (!seen.Add(day.Day))
            {
                throw new DomainException(CalendarErrors.DayTwice, text);
            }

            if (day.Name.Trim().Length is 0 or > MaxNameLength)
            {
                throw new DomainException(CalendarErrors.NameInvalid, text);
            }

            if (day.Worked && day.Day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new DomainException(CalendarErrors.WorkdayNotWeekend, text);
            }

            if (day.Worked && WorkingDayCalendar.IsStatutoryHoliday(day.Day))
            {
                throw new DomainException(CalendarErrors.StatutoryHolidayWorked, text);
            }
        }
    }
}
