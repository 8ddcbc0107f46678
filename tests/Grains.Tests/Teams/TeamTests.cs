using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Grains.Tests.Teams;

/// <summary>A17: volunteers with the same intentions form teams under an organization; A8: a team signs up as a group.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TeamTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_member_forms_a_team_others_of_the_organization_join_and_the_leader_hands_over_before_leaving_A17()
    {
        var organization = await _scenario.OrganizationAsync();
        var leader = await _scenario.MemberAsync(organization);
        var member = await _scenario.MemberAsync(organization);
        var outsider = await _scenario.VolunteerAsync();
        var team = fixture.Grains.GetGrain<ITeamGrain>(Guid.NewGuid());

        var noName = await Refused(() => team.CreateAsync(new CreateTeam(organization, " ", [], leader), Scenario.Self(leader)));
        var forSomeoneElse = await Refused(() => team.CreateAsync(new CreateTeam(organization, "助老服务队", [], leader), Scenario.Self(member)));
        var created = await team.CreateAsync(new CreateTeam(organization, "助老服务队", [ServiceCategory.HelpForVulnerableGroups], leader), Scenario.Self(leader));
        var outsiderJoins = await Refused(() => team.JoinAsync(outsider, Scenario.Self(outsider)));
        await team.JoinAsync(member, Scenario.Self(member));
        var twice = await Refused(() => team.JoinAsync(member, Scenario.Self(member)));
        var leaderLeaves = await Refused(() => team.LeaveAsync(leader, Scenario.Self(leader)));
        var toOutsider = await Refused(() => team.HandOverAsync(outsider, Scenario.Self(leader)));
        await team.HandOverAsync(member, Scenario.Self(leader));
        var left = await team.LeaveAsync(leader, Scenario.Self(leader));

        Assert.Equal(
            [TeamErrors.NameInvalid, TeamErrors.NotAllowed, TeamErrors.NotMemberOfOrganization, TeamErrors.AlreadyInTeam, TeamErrors.LeaderMustHandOver, TeamErrors.NotInTeam],
            [noName, forSomeoneElse, outsiderJoins, twice, leaderLeaves, toOutsider]);
        Assert.Equal((leader, 1), (created.LeaderId, created.MemberCount));
        Assert.Equal((member, 1), (left.LeaderId, left.MemberCount));
        Assert.Equal([member.ToString()], (await Store.MembersAsync(team.GetPrimaryKey().ToString(), TestContext.Current.CancellationToken)).Select(m => m.VolunteerId));
    }

    [Fact]
    public async Task A_team_signs_up_as_a_group_each_member_checked_and_its_hours_roll_up_A17()
    {
        var organization = await _scenario.OrganizationAsync();
        var leader = await _scenario.MemberAsync(organization);
        var member = await _scenario.MemberAsync(organization);
        var revoked = await _scenario.MemberAsync(organization);
        var team = fixture.Grains.GetGrain<ITeamGrain>(Guid.NewGuid());
        await team.CreateAsync(new CreateTeam(organization, "河道清洁队", [], leader), Scenario.Self(leader));
        await team.JoinAsync(member, Scenario.Self(member));
        await team.JoinAsync(revoked, Scenario.Self(revoked));
        await fixture.Grains.GetGrain<IVolunteerGrain>(revoked).SanctionAsync(SanctionKind.Revocation, "冒领时长", organization, Scenario.Admin(organization));
        var individualsOnly = await PublishedAsync(organization, groupsWelcome: false);
        var activity = await PublishedAsync(organization, groupsWelcome: true);
        var teamId = team.GetPrimaryKey();

        var notWelcome = await Refused(() => fixture.Roster(individualsOnly.Activity).SignUpTeamAsync(teamId, true, Scenario.Self(leader)));
        var notLeader = await Refused(() => fixture.Roster(activity.Activity).SignUpTeamAsync(teamId, true, Scenario.Self(member)));
        var results = await fixture.Roster(activity.Activity).SignUpTeamAsync(teamId, true, Scenario.Self(leader));
        await activity.Activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        var session = activity.Session;
        await fixture.Attendance(activity.Activity).CertifyAttendanceAsync(
            [.. new[] { leader, member }.Select(v => new AttendanceEntry(v, session.Id, session.StartUtc, session.EndUtc, 30, new ServiceProof("河长办张科长", null, null)))],
            Scenario.Recorder(organization));

        Assert.Equal((TeamErrors.GroupsNotWelcome, TeamErrors.NotAllowed), (notWelcome, notLeader));
        Assert.Equal(ParticipantStatus.Confirmed, results.Single(r => r.VolunteerId == leader).Status);
        Assert.Equal(ParticipantStatus.Confirmed, results.Single(r => r.VolunteerId == member).Status);
        Assert.Equal(VolunteerErrors.Revoked, results.Single(r => r.VolunteerId == revoked).ErrorCode);
        Assert.Equal(180, await Store.CertifiedMinutesAsync(teamId.ToString(), TestContext.Current.CancellationToken));
        Assert.Equal([activity.Activity.GetPrimaryKey().ToString()], await Store.ActivitiesAsync(teamId.ToString(), TestContext.Current.CancellationToken));
    }

    private async Task<(IActivityGrain Activity, ActivitySession Session)> PublishedAsync(Guid organization, bool groupsWelcome)
    {
        var activity = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        var session = new ActivitySession(Guid.NewGuid(), now.AddHours(1), now.AddHours(3));
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "细河河道清洁", ServiceCategory.EnvironmentalProtection, "", "细河"), Scenario.Recorder(organization));
        await activity.UpdatePlanAsync(new ActivityPlan([session], new RecruitmentSettings(false, false, groupsWelcome, 10, null), "涉水注意安全", "", false), Scenario.Recorder(organization));
        await activity.PublishAsync(Scenario.Recorder(organization));
        return (activity, session);
    }

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private SqlTeamStore Store => new(fixture.Connections);
}
