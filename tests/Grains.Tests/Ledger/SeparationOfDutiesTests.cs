using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;

namespace VolunteerRecords.Grains.Tests.Ledger;

/// <summary>Staff do not record their own service, and a suspended organization records nothing new (A21; 办法 Art21-22).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SeparationOfDutiesTests(ClusterFixture fixture)
{
    private static readonly DateTime SessionStart = new(2026, 11, 18, 1, 0, 0, DateTimeKind.Utc);

    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_recorder_cannot_certify_correct_or_commend_their_own_volunteer_record_A21()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.MemberAsync(organization);
        var colleague = Scenario.Recorder(organization);
        var herself = colleague with { Actor = colleague.Actor with { AccountId = "recorder-self", PersonalVolunteerId = volunteer } };
        var certified = await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), colleague);

        var certifying = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization) with { SessionId = Guid.NewGuid() }, herself));
        var correcting = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CorrectServiceAsync(
            certified.RootId, new ServiceCorrection(SessionStart, SessionStart.AddHours(4), 0, "时长有误"), herself));
        var commending = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CommendAsync("优秀志愿者", new DateOnly(2026, 6, 1), "本组织", herself));

        Assert.Equal([LedgerErrors.OwnRecord, LedgerErrors.OwnRecord, LedgerErrors.OwnRecord], [certifying.Code, correcting.Code, commending.Code]);
        Assert.Equal(180, (await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).LedgerMinutes);
    }

    [Fact]
    public async Task A_suspended_organization_publishes_enrols_certifies_and_issues_nothing_while_its_records_stay_readable_A21()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.MemberAsync(organization);
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization), Scenario.Recorder(organization));
        var draft = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        await draft.CreateDraftAsync(new CreateActivityDraft(organization, "社区清扫", ServiceCategory.CommunityService, "清扫", "海州区"), Scenario.Recorder(organization));
        await draft.UpdatePlanAsync(
            new ActivityPlan([new ActivitySession(Guid.NewGuid(), now.AddDays(3), now.AddDays(3).AddHours(2))], new RecruitmentSettings(false, false, false, 10, null), "注意安全。", "服务无偿。", false),
            Scenario.Recorder(organization));
        await fixture.Grains.GetGrain<IOrganizationGrain>(organization).SetStatusAsync(OrganizationStatus.Suspended, "未按时报送记录", Actors.Context(Actors.CityAdmin));

        var publishing = await Assert.ThrowsAsync<DomainException>(() => draft.PublishAsync(Scenario.Recorder(organization)));
        var certifying = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(Entry(organization) with { SessionId = Guid.NewGuid(), StartUtc = SessionStart.AddDays(1), EndUtc = SessionStart.AddDays(1).AddHours(3), SessionStartUtc = SessionStart.AddDays(1), SessionEndUtc = SessionStart.AddDays(1).AddHours(4) }, Scenario.Recorder(organization)));
        var issuing = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, organization), Scenario.Recorder(organization)));
        var inviting = await Assert.ThrowsAsync<DomainException>(async () => await fixture.Grains.Membership(await _scenario.VolunteerAsync(), organization).InviteAsync("OnSite", Scenario.Recorder(organization)));
        var herOwn = await fixture.Grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Other, null, null, organization), Scenario.Self(volunteer));

        Assert.All(new[] { publishing, certifying, issuing, inviting }, e => Assert.Equal(OrganizationErrors.NotActive, e.Code));
        Assert.NotNull(await Grain(volunteer).ViewProfileAsync(Scenario.Recorder(organization).Actor));
        Assert.Equal(180, (await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).VerifyTotalsAsync()).LedgerMinutes);
        Assert.NotEmpty(herOwn.Number);
    }

    private static ServiceEntry Entry(Guid organization) => new(
        organization, Guid.NewGuid(), Guid.NewGuid(), SessionStart, SessionStart.AddHours(4), ServiceCategory.CommunityService,
        SessionStart, SessionStart.AddHours(3), 0, "清理小区楼道杂物", "海州区和平街道", new ServiceProof("王主任", "0418-2222222", "签到表"));

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
