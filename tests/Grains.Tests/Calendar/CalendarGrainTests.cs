using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Calendar;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;

namespace VolunteerRecords.Grains.Tests.Calendar;

/// <summary>The city bureau enters a year's arrangement; nobody else can, and a broken rule changes nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CalendarGrainTests(ClusterFixture fixture)
{
    /// <summary>A year far enough ahead that no other test's deadline counts over it.</summary>
    private const int Year = 2031;

    [Fact]
    public async Task The_city_bureau_enters_a_years_arrangement_and_deadlines_count_on_it_A21()
    {
        var calendar = fixture.Grains.GetGrain<ICalendarGrain>(0);
        // An activity awaiting its records: entering the year counts its deadline again, calling it while it may be
        // asking the calendar itself.
        var organization = await new Scenario(fixture).OrganizationAsync();
        var held = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        await held.CreateDraftAsync(new CreateActivityDraft(organization, "社区义诊", ServiceCategory.CommunityService, "量血压", "海州区"), Scenario.Recorder(organization));
        await held.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), now.AddHours(-3), now.AddHours(-1))],
            new RecruitmentSettings(false, false, false, 5, null), "注意安全。", "服务无偿。", false), Scenario.Recorder(organization));
        var ended = await held.RecordHeldAsync(Scenario.Recorder(organization));
        // Spring Festival 2031 is 23 January: the State Council would give 22–29 January off and have Sunday 19 and
        // Saturday 8 February worked.
        IReadOnlyList<CalendarDayEntry> days =
        [
            .. Enumerable.Range(22, 8).Select(d => new CalendarDayEntry(new DateOnly(Year, 1, d), false, "春节")),
            new(new DateOnly(Year, 1, 19), true, "春节调休上班"),
            new(new DateOnly(Year, 2, 8), true, "春节调休上班"),
        ];

        var entered = await calendar.EnterYearAsync(Year, days, Actors.Context(Actors.CityAdmin));
        var again = await calendar.EnterYearAsync(Year, days, Actors.Context(Actors.CityAdmin));
        var workingDays = (await calendar.GetAsync()).ToWorkingDays();

        Assert.Equal(ActivityStatus.Ended, ended.Status);
        Assert.Equal(ended.RecordsDue, (await held.GetDetailsAsync())!.RecordsDue);
        Assert.True(entered.IsArranged(Year));
        Assert.Equal(10, again.Days.Count(d => d.Day.Year == Year));
        Assert.True(workingDays.IsWorkingDay(new DateOnly(Year, 1, 19)));
        Assert.False(workingDays.IsWorkingDay(new DateOnly(Year, 1, 27)));
        Assert.False(workingDays.Deadline(new DateOnly(Year, 1, 20), 10).Provisional);
    }

    [Fact]
    public async Task A_district_bureau_or_a_broken_rule_changes_nothing_A21()
    {
        var calendar = fixture.Grains.GetGrain<ICalendarGrain>(0);
        var before = await calendar.GetAsync();
        var district = await Assert.ThrowsAsync<DomainException>(() => calendar.EnterYearAsync(
            2032, [new(new DateOnly(2032, 1, 2), false, "元旦")], Actors.Context(Actors.DistrictAdmin("210902"))));
        var weekday = await Assert.ThrowsAsync<DomainException>(() => calendar.EnterYearAsync(
            2032, [new(new DateOnly(2032, 1, 2), false, "元旦"), new(new DateOnly(2032, 1, 5), true, "调休")], Actors.Context(Actors.CityAdmin)));
        var statutory = await Assert.ThrowsAsync<DomainException>(() => calendar.EnterYearAsync(
            2032, [new(new DateOnly(2032, 5, 1), true, "劳动节")], Actors.Context(Actors.CityAdmin)));
        var outside = await Assert.ThrowsAsync<DomainException>(() => calendar.EnterYearAsync(
            2032, [new(new DateOnly(2033, 1, 1), false, "元旦")], Actors.Context(Actors.CityAdmin)));
        var after = await calendar.GetAsync();

        Assert.Equal(CalendarErrors.NotAllowed, district.Code);
        Assert.Equal((CalendarErrors.WorkdayNotWeekend, "2032-01-05"), (weekday.Code, weekday.Subject));
        Assert.Equal(CalendarErrors.StatutoryHolidayWorked, statutory.Code);
        Assert.Equal(CalendarErrors.DayOutsideYear, outside.Code);
        Assert.False(after.IsArranged(2032));
        Assert.Equal(before.Days.Count(d => d.Day.Year == 2032), after.Days.Count(d => d.Day.Year == 2032));
    }

    [Fact]
    public void From_november_a_missing_next_year_is_reminded_A21()
    {
        var only2026 = new CalendarSnapshot([], [new ArrangedYear(2026, "市局", DateTime.UnixEpoch)]);

        Assert.False(only2026.NextYearMissing(new DateOnly(2026, 10, 31)));
        Assert.True(only2026.NextYearMissing(new DateOnly(2026, 11, 1)));
        Assert.False(new CalendarSnapshot([], [.. only2026.Years, new ArrangedYear(2027, "市局", DateTime.UnixEpoch)]).NextYearMissing(new DateOnly(2026, 12, 1)));
    }
}
