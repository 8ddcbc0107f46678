using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Training;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Grains.Tests.Training;

/// <summary>Training is planned for an organization, confirmed with the provider's proof, and kept apart from service hours (A14, A15).</summary>
[Collection(ClusterCollection.Name)]
public sealed class TrainingGrainTests(ClusterFixture fixture)
{
    private static readonly ServiceProof ProviderProof = new("市志愿服务指导中心", "0418-2900000", "培训签到表第 3 页");
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_training_needs_a_name_a_provider_a_duration_and_A15_topics_A15()
    {
        var organization = await _scenario.OrganizationAsync();
        var good = Course(organization, ChinaTime.Today(TestClock.Instance).AddDays(-1));

        var noName = await Refused(() => New().ScheduleAsync(good with { Name = " " }, Scenario.Recorder(organization)));
        var noProvider = await Refused(() => New().ScheduleAsync(good with { Provider = "" }, Scenario.Recorder(organization)));
        var noDuration = await Refused(() => New().ScheduleAsync(good with { DurationMinutes = 0 }, Scenario.Recorder(organization)));
        var tooLong = await Refused(() => New().ScheduleAsync(good with { DurationMinutes = 25 * 60 }, Scenario.Recorder(organization)));
        var noTopics = await Refused(() => New().ScheduleAsync(good with { Topics = [] }, Scenario.Recorder(organization)));
        var unknownTopic = await Refused(() => New().ScheduleAsync(good with { Topics = [(TrainingTopic)99] }, Scenario.Recorder(organization)));
        var training = New();
        var context = Scenario.Recorder(organization);
        var scheduled = await training.ScheduleAsync(good with { Topics = [TrainingTopic.ServiceSkills, TrainingTopic.PurposeAndIdeals, TrainingTopic.ServiceSkills] }, context);
        var repeated = await training.ScheduleAsync(good, context);
        var another = await Refused(() => training.ScheduleAsync(good, Scenario.Recorder(organization)));

        Assert.Equal(
            [TrainingErrors.NameInvalid, TrainingErrors.ProviderInvalid, TrainingErrors.DurationInvalid, TrainingErrors.DurationInvalid, TrainingErrors.TopicsRequired, TrainingErrors.TopicsRequired],
            [noName, noProvider, noDuration, tooLong, noTopics, unknownTopic]);
        Assert.Equal([TrainingTopic.PurposeAndIdeals, TrainingTopic.ServiceSkills], scheduled.Topics);
        Assert.Equal((scheduled.Id, scheduled.Name), (repeated.Id, repeated.Name));
        Assert.Equal(TrainingErrors.AlreadyExists, another);
    }

    [Fact]
    public async Task Training_is_arranged_by_the_organizations_staff_or_the_bureau_over_its_region_A14()
    {
        var organization = await _scenario.OrganizationAsync("210902");
        var course = Course(organization, ChinaTime.Today(TestClock.Instance));

        var otherRecorder = await Refused(() => New().ScheduleAsync(course, Scenario.Recorder(Guid.NewGuid())));
        var otherDistrict = await Refused(() => New().ScheduleAsync(course, Actors.Context(Actors.DistrictAdmin("210922"))));
        var byBureau = await New().ScheduleAsync(course, Actors.Context(Actors.DistrictAdmin("210902")));

        Assert.Equal((TrainingErrors.NotAllowed, TrainingErrors.NotAllowed), (otherRecorder, otherDistrict));
        Assert.Equal(organization, byBureau.OrganizationId);
    }

    [Fact]
    public async Task Members_attendance_is_confirmed_after_the_training_with_the_providers_proof_and_kept_apart_from_service_hours_A14()
    {
        var organization = await _scenario.OrganizationAsync();
        var member = await _scenario.MemberAsync(organization);
        var outsider = await _scenario.VolunteerAsync();
        var today = ChinaTime.Today(TestClock.Instance);
        var upcoming = New();
        await upcoming.ScheduleAsync(Course(organization, today.AddDays(7)), Scenario.Recorder(organization));
        var held = New();
        await held.ScheduleAsync(Course(organization, today), Scenario.Recorder(organization));

        var tooEarly = await Refused(() => upcoming.ConfirmAttendanceAsync([member], ProviderProof, Scenario.Recorder(organization)));
        var noProof = await Refused(() => held.ConfirmAttendanceAsync([member], new ServiceProof(" ", null, null), Scenario.Recorder(organization)));
        var nobody = await Refused(() => held.ConfirmAttendanceAsync([], ProviderProof, Scenario.Recorder(organization)));
        var results = await held.ConfirmAttendanceAsync([member, outsider], ProviderProof, Scenario.Recorder(organization));
        await held.ConfirmAttendanceAsync([member], ProviderProof, Scenario.Recorder(organization));

        Assert.Equal([TrainingErrors.NotYetHeld, TrainingErrors.ProofRequired, TrainingErrors.NoAttendees], [tooEarly, noProof, nobody]);
        Assert.Equal([(member, true, (string?)null), (outsider, false, TrainingErrors.NotMember)], results.Select(r => (r.VolunteerId, r.Confirmed, r.ErrorCode)));
        Assert.Equal(1, (await held.GetDetailsAsync())!.Attendees);
        var record = Assert.Single(await Store.ForVolunteerAsync(member.ToString(), TestContext.Current.CancellationToken));
        Assert.Equal((150, "市志愿服务指导中心", today), (record.Minutes, record.ProofName, record.HeldOn));
        Assert.Equal(0, (await fixture.Grains.GetGrain<IRecordBookGrain>(member).VerifyTotalsAsync()).LedgerMinutes);
    }

    [Fact]
    public async Task A_revoked_volunteer_gets_no_training_confirmed_A14()
    {
        var organization = await _scenario.OrganizationAsync();
        var member = await _scenario.MemberAsync(organization);
        await fixture.Grains.GetGrain<IVolunteerGrain>(member).SanctionAsync(SanctionKind.Revocation, "冒领时长", organization, Scenario.Admin(organization));
        var training = New();
        await training.ScheduleAsync(Course(organization, ChinaTime.Today(TestClock.Instance)), Scenario.Recorder(organization));

        var result = Assert.Single(await training.ConfirmAttendanceAsync([member], ProviderProof, Scenario.Recorder(organization)));

        Assert.Equal((false, VolunteerErrors.Revoked), (result.Confirmed, result.ErrorCode));
    }

    private static ScheduleTraining Course(Guid organization, DateOnly heldOn) => new(
        organization, "新注册志愿者岗前培训", "志愿服务理念、岗位职责和急救常识", "市志愿服务指导中心", heldOn, 150,
        [TrainingTopic.PurposeAndIdeals, TrainingTopic.PostDuties, TrainingTopic.ServiceSkills]);

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private ITrainingGrain New() => fixture.Grains.GetGrain<ITrainingGrain>(Guid.NewGuid());

    private SqlTrainingStore Store => new(fixture.Connections);
}
