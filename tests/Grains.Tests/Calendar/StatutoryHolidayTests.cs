using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Calendar;

/// <summary>The holidays the platform computes for a year, against the dates the State Council published.</summary>
public sealed class StatutoryHolidayTests
{
    [Theory]
    [InlineData(2024, "2024-02-10", "2024-04-04", "2024-06-10", "2024-09-17")]
    [InlineData(2025, "2025-01-29", "2025-04-04", "2025-05-31", "2025-10-06")]
    [InlineData(2026, "2026-02-17", "2026-04-05", "2026-06-19", "2026-09-25")]
    [InlineData(2027, "2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03")]
    [InlineData(2029, "2029-02-13", "2029-04-04", "2029-06-16", "2029-09-22")]
    [InlineData(2030, "2030-02-03", "2030-04-05", "2030-06-05", "2030-09-12")]
    public void The_festivals_fall_on_their_published_days(int year, string springFestival, string qingming, string dragonBoat, string midAutumn)
    {
        var days = StatutoryHolidays.Of(year);

        Assert.Equal(DateOnly.Parse(springFestival), days.Where(d => d.Name == "春节").Select(d => d.Day).Order().ElementAt(1));
        Assert.Equal(DateOnly.Parse(qingming), Assert.Single(days, d => d.Name == "清明节").Day);
        Assert.Equal(DateOnly.Parse(dragonBoat), Assert.Single(days, d => d.Name == "端午节").Day);
        Assert.Equal(DateOnly.Parse(midAutumn), Assert.Single(days, d => d.Name == "中秋节").Day);
    }

    [Theory]
    [InlineData(2027)]
    [InlineData(2030)]
    public void The_law_as_amended_in_2024_gives_thirteen_days_with_the_spring_festival_eve(int year)
    {
        var days = StatutoryHolidays.Of(year);
        var festival = days.Where(d => d.Name == "春节").Select(d => d.Day).Order().ToList();

        Assert.Equal(13, days.Select(d => d.Day).Distinct().Count());
        Assert.Equal(4, festival.Count);
        Assert.Equal(festival[1].AddDays(-1), festival[0]);
        Assert.Contains(days, d => d.Day == new DateOnly(year, 5, 2));
        Assert.Contains(days, d => d.Day == new DateOnly(year, 10, 3));
    }

    [Fact]
    public void A_deadline_over_a_year_not_arranged_counts_its_computed_holidays_and_says_it_may_move_A21()
    {
        var calendar = WorkingDayCalendar.From([], [2026]);

        // 2027: the Spring Festival eve (Friday 5 February) and Monday 8 February are statutory days off.
        var over2027 = calendar.Deadline(new DateOnly(2027, 2, 1), 10);
        var within2026 = calendar.Deadline(new DateOnly(2026, 11, 2), 10);
        var arranged = WorkingDayCalendar.From([], [2026, 2027]).Deadline(new DateOnly(2027, 2, 1), 10);

        Assert.Equal(new WorkingDeadline(new DateOnly(2027, 2, 17), true), over2027);
        Assert.False(within2026.Provisional);
        Assert.False(arranged.Provisional);
    }
}
