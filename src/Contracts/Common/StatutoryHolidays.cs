using System.Globalization;

namespace VolunteerRecords.Grains.Common;

/// <summary>
/// The days off the holiday law sets for every year (全国年节及纪念日放假办法, as amended in 2024: 13 days): New
/// Year's Day; the Spring Festival from its eve to the third day of the first lunar month; Qingming, on the day of its
/// solar term; 1 and 2 May; the Dragon Boat Festival (fifth day of the fifth lunar month); the Mid-Autumn Festival
/// (fifteenth of the eighth); 1 to 3 October. The State Council's yearly arrangement adds the days taken off around
/// them and the weekend days worked in return (调休); until it is entered for a year, these are what a deadline can
/// know of that year.
/// </summary>
public static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static IReadOnlyList<(DateOnly Day, string Name)> Of(int year)
    {
        var springFestival = LunarDay(year, 1, 1);
        return
        [
            (new DateOnly(year, 1, 1), "元旦"),
            (springFestival.AddDays(-1), "春节"),
            (springFestival, "春节"),
            (springFestival.AddDays(1), "春节"),
            (springFestival.AddDays(2), "春节"),
            (Qingming(year), "清明节"),
            (new DateOnly(year, 5, 1), "劳动节"),
            (new DateOnly(year, 5, 2), "劳动节"),
            (LunarDay(year, 5, 5), "端午节"),
            (LunarDay(year, 8, 15), "中秋节"),
            (new DateOnly(year, 10, 1), "国庆节"),
            (new DateOnly(year, 10, 2), "国庆节"),
            (new DateOnly(year, 10, 3), "国庆节"),
        ];
    }

    /// <summary>
    /// The day of the Qingming solar term in April, by the usual formula for 2001–2099 (⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋,
    /// Y the year within the century); .NET has lunar calendars but no solar terms. Tested against the published dates.
    /// </summary>
    public static DateOnly Qingming(int year)
    {
        if (year is < 2001 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Qingming is computed for 2001–2099.");
        }

        var y = year % 100;
        return new DateOnly(year, 4, (int)Math.Floor(y * 0.2422 + 4.81) - y / 4);
    }

    /// <summary>A day of a lunar month in the lunar year that begins in <paramref name="year"/>.</summary>
    private static DateOnly LunarDay(int year, int month, int day)
    {
        // The calendar numbers a leap month as one more month: months from the leap month on move up by one.
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
