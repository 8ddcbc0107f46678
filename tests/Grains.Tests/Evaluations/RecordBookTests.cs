using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Grains.Tests.Evaluations;

[Collection(ClusterCollection.Name)]
public sealed class RecordBookTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Participants_are_evaluated_once_after_the_activity_ends_A22()
    {
        var organization = await _scenario.OrganizationAsync();
        var activity = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var staff = Scenario.Recorder(organization);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "植树", ServiceCategory.EnvironmentalProtection, "", "彰武县"), staff);
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), now.AddHours(1), now.AddHours(2))], new RecruitmentSettings(false, true, false, 5, null), "注意工具安全", "", false), Scenario.Recorder(organization));
        await activity.PublishAsync(Scenario.Recorder(organization));
        var volunteer = await _scenario.VolunteerAsync();
        var outsider = await _scenario.VolunteerAsync();
        await fixture.Roster(activity).SignUpAsync(volunteer, true, Scenario.Self(volunteer));
        await activity.StartAsync(Scenario.Recorder(organization));

        var early = await Assert.ThrowsAsync<DomainException>(() => fixture.Attendance(activity).EvaluateAsync(volunteer, 5, 5, null, Scenario.Recorder(organization)));
        await activity.EndAsync("服务对象临时外出，提前结束", Scenario.Recorder(organization));
        var badScore = await Assert.ThrowsAsync<DomainException>(() => fixture.Attendance(activity).EvaluateAsync(volunteer, 6, 5, null, Scenario.Recorder(organization)));
        var notOnRoster = await Assert.ThrowsAsync<DomainException>(() => fixture.Attendance(activity).EvaluateAsync(outsider, 5, 5, null, Scenario.Recorder(organization)));
        var evaluation = Scenario.Recorder(organization);
        await fixture.Attendance(activity).EvaluateAsync(volunteer, 5, 4, "认真负责", evaluation);
        await fixture.Attendance(activity).EvaluateAsync(volunteer, 5, 4, "认真负责", evaluation);
        var second = await Assert.ThrowsAsync<DomainException>(() => fixture.Attendance(activity).EvaluateAsync(volunteer, 3, 3, null, Scenario.Recorder(organization)));

        Assert.Equal(RecordErrors.NotEnded, early.Code);
        Assert.Equal(RecordErrors.ScoreInvalid, badScore.Code);
        Assert.Equal(ActivityErrors.NotOnRoster, notOnRoster.Code);
        Assert.Equal(RecordErrors.AlreadyEvaluated, second.Code);
        var recorded = Assert.Single(await Book.EvaluationsAsync(volunteer.ToString(), TestContext.Current.CancellationToken));
        Assert.Equal((5, 4, "认真负责", "植树"), (recorded.DutyScore, recorded.SatisfactionScore, recorded.Comment, recorded.ActivityTitle));
    }

    [Fact]
    public async Task Commendations_are_recorded_by_the_volunteers_organizations_or_bureau_A22()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.MemberAsync(organization);
        var today = ChinaTime.Today(TestClock.Instance);

        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CommendAsync("2026年度优秀志愿者", today, "阜新市民政局", Actors.Context(Actors.CityAdmin));
        var stranger = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CommendAsync("表扬", today, "某协会", Scenario.Recorder(Guid.NewGuid())));
        var future = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CommendAsync("表扬", today.AddDays(3), "本协会", Scenario.Recorder(organization)));

        Assert.Equal(RecordErrors.NotAllowed, stranger.Code);
        Assert.Equal(RecordErrors.CommendationInvalid, future.Code);
        Assert.Equal("2026年度优秀志愿者", Assert.Single(await Book.CommendationsAsync(volunteer.ToString(), TestContext.Current.CancellationToken)).Title);
    }

    [Fact]
    public async Task Only_a_complaint_verified_as_true_goes_on_the_record_A22()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.MemberAsync(organization);
        var grain = fixture.Grains.GetGrain<IRecordBookGrain>(volunteer);
        var unfounded = Scenario.Recorder(organization);
        var founded = Scenario.Recorder(organization);
        await grain.FileComplaintAsync("张大爷", "服务态度不好", unfounded);
        await grain.FileComplaintAsync("李阿姨", "未经同意拍摄老人照片", founded);

        var byRecorder = await Assert.ThrowsAsync<DomainException>(() => grain.VerifyComplaintAsync(founded.OperationId, true, "属实", Scenario.Recorder(organization)));
        await grain.VerifyComplaintAsync(unfounded.OperationId, false, "经回访，与事实不符", Scenario.Admin(organization));
        await grain.VerifyComplaintAsync(founded.OperationId, true, "经核实属实，已批评教育", Scenario.Admin(organization));
        var changedMind = await Assert.ThrowsAsync<DomainException>(() => grain.VerifyComplaintAsync(unfounded.OperationId, true, "改判", Scenario.Admin(organization)));

        var complaints = await Book.ComplaintsAsync(volunteer.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(RecordErrors.NotAllowed, byRecorder.Code);
        Assert.Equal(RecordErrors.ComplaintDecided, changedMind.Code);
        Assert.Equal(ComplaintStatus.Upheld, complaints.Single(c => c.Complainant == "李阿姨").Status);
        Assert.Equal(ComplaintStatus.Dismissed, complaints.Single(c => c.Complainant == "张大爷").Status);
    }

    private SqlRecordBook Book => new(fixture.Connections);
}
