using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>The usual cast: an organization with its admin and recorder, and registered volunteers.</summary>
public sealed class Scenario(ClusterFixture fixture)
{
    public IGrainFactory Grains => fixture.Grains;

    public async Task<Guid> OrganizationAsync(string region = "210902", string name = "海州区阳光志愿者协会")
    {
        var id = Guid.NewGuid();
        await Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
            new RegisterOrganization(name, OrganizationKind.VolunteerOrganization, region), Actors.Context(Actors.CityAdmin));
        return id;
    }

    public async Task<Guid> VolunteerAsync(RegisterVolunteer? command = null)
    {
        var id = Guid.NewGuid();
        await Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(command ?? People.Adult(), Self(id));
        return id;
    }

    public async Task<Guid> MemberAsync(Guid organizationId)
    {
        var volunteer = await VolunteerAsync();
        await Grains.Membership(volunteer, organizationId).JoinAsync(Actors.Context(Actors.Recorder(organizationId)));
        return volunteer;
    }

    /// <summary>
    /// An activity of the organization with one two-hour session, the volunteers on its roster, started and, as the
    /// clock moves past the session, ready for attendance.
    /// </summary>
    public async Task<(IActivityGrain Activity, ActivitySession Session)> AttendedActivityAsync(Guid organizationId, params Guid[] volunteers)
    {
        var activity = Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        var session = new ActivitySession(Guid.NewGuid(), now.AddHours(1), now.AddHours(3));
        await activity.CreateDraftAsync(
            new CreateActivityDraft(organizationId, "敬老院探访", ServiceCategory.HelpForVulnerableGroups, "陪老人聊天、读报", "细河区敬老院"), Recorder(organizationId));
        await activity.UpdatePlanAsync(
            new ActivityPlan([session], new RecruitmentSettings(false, false, false, 10, null), "注意防滑。", "服务无偿。", false), Recorder(organizationId));
        await activity.PublishAsync(Recorder(organizationId));
        foreach (var volunteer in volunteers)
        {
            await fixture.Roster(activity).SignUpAsync(volunteer, true, Self(volunteer));
        }

        await activity.StartAsync(Recorder(organizationId));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        return (activity, session);
    }

    public static CommandContext Self(Guid volunteerId) => Actors.Context(Actors.Volunteer(volunteerId));

    public static CommandContext Admin(Guid organizationId, bool canUnmask = false) =>
        Actors.Context(new Actor("admin-" + organizationId, "组织管理员", Role.OrganizationAdmin, null, organizationId, null, canUnmask));

    public static CommandContext Recorder(Guid organizationId, bool canUnmask = false) =>
        Actors.Context(new Actor("recorder-" + organizationId, "记录员", Role.Recorder, null, organizationId, null, canUnmask));
}
