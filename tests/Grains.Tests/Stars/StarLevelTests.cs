using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Stars;

namespace VolunteerRecords.Grains.Tests.Stars;

/// <summary>A26: 100, 300, 600, 1000, 1500 certified hours; applied for one level at a time, granted on review.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StarLevelTests(ClusterFixture fixture)
{
    private static readonly DateTime FirstDay = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Each_level_is_applied_for_only_after_the_one_below_is_granted_A26()
    {
        var (organization, volunteer) = await MemberWithHoursAsync(320);

        var skipping = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(2, Scenario.Self(volunteer)));
        var first = await fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer));
        var whilePending = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(2, Scenario.Self(volunteer)));
        var granted = await fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Admin(organization));
        var third = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(3, Scenario.Self(volunteer)));
        var second = await fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(2, Scenario.Self(volunteer));

        Assert.Equal((StarErrors.NotNextLevel, StarErrors.ApplicationPending, StarErrors.NotNextLevel), (skipping, whilePending, third));
        Assert.Equal(1, first.Star!.PendingLevel);
        Assert.Equal((1, (int?)null, 300), (granted.Star!.Level, granted.Star.PendingLevel, granted.Star.NextThresholdHours!.Value));
        Assert.Equal(2, second.Star!.PendingLevel);
    }

    [Fact]
    public async Task A_level_whose_threshold_is_not_met_cannot_be_applied_for_or_granted_A26()
    {
        var (organization, volunteer) = await MemberWithHoursAsync(80);

        var tooFew = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer)));
        var profile = await Grain(volunteer).GetProfileAsync();
        await CertifyHoursAsync(organization, volunteer, 25, startDay: 10);
        await fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer));
        var entry = await EntryOnDayAsync(volunteer, 10);
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(Guid.Parse(entry.RootId), new ServiceCorrection(entry.StartUtc, entry.EndUtc, 20 * 60, "重复登记，撤销"), Scenario.Recorder(organization));
        var afterCorrection = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Admin(organization)));

        Assert.Equal(StarErrors.BelowThreshold, tooFew);
        Assert.Equal((0, 20m, false), (profile!.Star!.Level, profile.Star.MissingHours, profile.Star.MayApply));
        Assert.Equal(StarErrors.BelowThreshold, afterCorrection);
    }

    [Fact]
    public async Task Only_an_admin_of_a_member_organization_or_a_bureau_decides_and_a_refusal_has_a_reason_A26()
    {
        var (organization, volunteer) = await MemberWithHoursAsync(100);
        await fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer));

        var recorder = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Recorder(organization)));
        var otherOrganization = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Admin(Guid.NewGuid())));
        var self = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Self(volunteer)));
        var noReason = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, false, " ", Actors.Context(Actors.DistrictAdmin("210902"))));
        var declined = await fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, false, "服务记录待核实", Actors.Context(Actors.DistrictAdmin("210902")));
        var history = await new SqlStarHistory(fixture.Connections).ForVolunteerAsync(volunteer.ToString(), TestContext.Current.CancellationToken);

        Assert.Equal([StarErrors.NotAllowed, StarErrors.NotAllowed, StarErrors.NotAllowed, StarErrors.ReasonRequired], [recorder, otherOrganization, self, noReason]);
        Assert.Equal((0, (int?)null, true), (declined.Star!.Level, declined.Star.PendingLevel, declined.Star.MayApply));
        Assert.Equal([StarEventKind.Declined, StarEventKind.Applied], history.Select(h => h.Kind));
        Assert.Equal("服务记录待核实", history[0].Reason);
    }

    [Fact]
    public async Task Revocation_suspends_the_star_and_a_correction_below_the_threshold_flags_it_for_review_A26()
    {
        var (organization, volunteer) = await MemberWithHoursAsync(110);
        await fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer));
        await fixture.Grains.GetGrain<IStarGrain>(volunteer).DecideAsync(1, true, null, Scenario.Admin(organization));
        var entry = await EntryOnDayAsync(volunteer, 0);

        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(Guid.Parse(entry.RootId), new ServiceCorrection(entry.StartUtc, entry.EndUtc, 15 * 60, "签到表核对：当天只服务了 5 小时"), Scenario.Recorder(organization));
        var flagged = await Grain(volunteer).GetProfileAsync();
        var lowered = await fixture.Grains.GetGrain<IStarGrain>(volunteer).ResolveReviewAsync(false, "核实后累计不足 100 小时", Scenario.Admin(organization));
        var noReview = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ResolveReviewAsync(true, "保留", Scenario.Admin(organization)));
        await Grain(volunteer).SanctionAsync(SanctionKind.Revocation, "冒领时长", organization, Scenario.Admin(organization));
        var suspended = await Grain(volunteer).GetProfileAsync();
        var applyWhileRevoked = await Refused(() => fixture.Grains.GetGrain<IStarGrain>(volunteer).ApplyAsync(1, Scenario.Self(volunteer)));

        Assert.Equal((1, true), (flagged!.Star!.Level, flagged.Star.ReviewDue));
        Assert.Equal((0, false), (lowered.Star!.Level, lowered.Star.ReviewDue));
        Assert.Equal(StarErrors.NoReviewDue, noReview);
        Assert.True(suspended!.Star!.Suspended);
        Assert.Equal(StarErrors.Suspended, applyWhileRevoked);
        var history = await new SqlStarHistory(fixture.Connections).ForVolunteerAsync(volunteer.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal([StarEventKind.Applied, StarEventKind.Granted, StarEventKind.Flagged, StarEventKind.Lowered], history.Reverse().Select(h => h.Kind));
    }

    private async Task<(Guid Organization, Guid Volunteer)> MemberWithHoursAsync(int hours)
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.MemberAsync(organization);
        await CertifyHoursAsync(organization, volunteer, hours, startDay: 0);
        return (organization, volunteer);
    }

    /// <summary>Whole days of 20 hours, then the rest, each a session of its own on a day of its own.</summary>
    private async Task CertifyHoursAsync(Guid organization, Guid volunteer, int hours, int startDay)
    {
        for (var day = startDay; hours > 0; day++)
        {
            var length = Math.Min(20, hours);
            hours -= length;
            var start = FirstDay.AddDays(day);
            await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(
                new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(length), ServiceCategory.CommunityService,
                    start, start.AddHours(length), 0, "社区服务", "海州区", new ServiceProof("王主任", null, null)),
                Scenario.Recorder(organization));
        }
    }

    private async Task<Storage.Ledger.ServiceRecord> EntryOnDayAsync(Guid volunteer, int day) =>
        (await new Storage.Ledger.SqlServiceLedger(fixture.Connections).ListForVolunteerAsync(volunteer.ToString(), 1, 50, TestContext.Current.CancellationToken))
            .Items.Single(r => r.StartUtc == FirstDay.AddDays(day));

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
