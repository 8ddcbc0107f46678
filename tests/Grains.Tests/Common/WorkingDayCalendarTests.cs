using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Common;

public sealed class WorkingDayCalendarTests
{
    /// <summary>The 2026 National Day arrangement: 1–7 October off, Saturday 10 October worked.</summary>
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.From(
        Enumerable.Range(1, 7).Select(d => (new DateOnly(2026, 10, d), false)).Append((new DateOnly(2026, 10, 10), true)), [2026]);

    [Fact]
    public void Ten_working_days_skip_the_holiday_and_count_the_worked_saturday_A21()
    {
        // 8, 9, 10 (Saturday, worked), 12, 13, 14, 15, 16, 19, 20 October.
        Assert.Equal(new DateOnly(2026, 10, 20), Calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 10));
    }

    [Fact]
    public void An_ordinary_fortnight_is_ten_working_days() =>
        Assert.Equal(new DateOnly(2026, 12, 11), Calendar.AddWorkingDays(new DateOnly(2026, 11, 27), 10));

    [Theory]
    [InlineData(2026, 10, 1, false)]
    [InlineData(2026, 10, 10, true)]
    [InlineData(2026, 10, 11, false)]
    [InlineData(2026, 10, 12, true)]
    public void Declared_days_override_the_week(int year, int month, int day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(new DateOnly(year, month, day)));
}
