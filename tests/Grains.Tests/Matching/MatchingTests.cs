using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Matching;

namespace VolunteerRecords.Grains.Tests.Matching;

/// <summary>A19: needs are published, turned into projects a team claims, and activities roll up to projects and bases.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MatchingTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_need_is_published_by_the_organization_and_found_by_area_region_and_date_A19()
    {
        var organization = await _scenario.OrganizationAsync("210911");
        var today = ChinaTime.Today(TestClock.Instance);
        var need = Need(organization, today);

        var stranger = await Refused(() => NewNeed().PublishAsync(need, Scenario.Recorder(Guid.NewGuid())));
        var backwards = await Refused(() => NewNeed().PublishAsync(need with { EndsOn = today.AddDays(-1), StartsOn = today }, Scenario.Recorder(organization)));
        var nobody = await Refused(() => NewNeed().PublishAsync(need with { Volunteers = 0 }, Scenario.Recorder(organization)));
        var untitled = await Refused(() => NewNeed().PublishAsync(need with { Title = " " }, Scenario.Recorder(organization)));
        await NewNeed().PublishAsync(need, Scenario.Recorder(organization));

        var found = await Store.OpenNeedsAsync(new NeedSearch(ServiceCategory.HelpForVulnerableGroups, ["210911"], today.AddDays(3)), TestContext.Current.CancellationToken);
        var otherRegion = await Store.OpenNeedsAsync(new NeedSearch(null, ["210922"], null), TestContext.Current.CancellationToken);
        Assert.Equal([MatchingErrors.NotAllowed, MatchingErrors.DatesInvalid, MatchingErrors.VolunteersInvalid, MatchingErrors.TextInvalid], [stranger, backwards, nobody, untitled]);
        Assert.Contains(found, n => n.Title == need.Title && n.OrganizationId == organization.ToString());
        Assert.DoesNotContain(otherRegion, n => n.OrganizationId == organization.ToString());
    }

    [Fact]
    public async Task A_need_becomes_one_project_which_one_team_claims_A19()
    {
        var organization = await _scenario.OrganizationAsync();
        var leader = await _scenario.MemberAsync(organization);
        var otherLeader = await _scenario.MemberAsync(organization);
        var team = await TeamAsync(organization, leader);
        var otherTeam = await TeamAsync(organization, otherLeader);
        var need = NewNeed();
        await need.PublishAsync(Need(organization, ChinaTime.Today(TestClock.Instance)), Scenario.Recorder(organization));
        var project = fixture.Grains.GetGrain<IProjectGrain>(Guid.NewGuid());

        var created = await project.CreateAsync(Plan(organization, need.GetPrimaryKey()), Scenario.Recorder(organization));
        var secondFromNeed = await Refused(() => fixture.Grains.GetGrain<IProjectGrain>(Guid.NewGuid()).CreateAsync(Plan(organization, need.GetPrimaryKey()), Scenario.Recorder(organization)));
        var tooEarlyToComplete = await Refused(() => project.CompleteAsync("完成", Scenario.Recorder(organization)));
        var notLeader = await Refused(() => project.ClaimAsync(team, Scenario.Self(otherLeader)));
        var claimed = await project.ClaimAsync(team, Scenario.Self(leader));
        var claimedAgain = await Refused(() => project.ClaimAsync(otherTeam, Scenario.Self(otherLeader)));
        var completed = await project.CompleteAsync("为 12 位独居老人每周上门探访，满意度高。", Scenario.Recorder(organization));

        Assert.Equal(ProjectStatus.Open, created.Status);
        Assert.Equal([MatchingErrors.NeedTaken, MatchingErrors.NotClaimed, MatchingErrors.NotTeamLeader, MatchingErrors.AlreadyClaimed], [secondFromNeed, tooEarlyToComplete, notLeader, claimedAgain]);
        Assert.Equal((team, ProjectStatus.Claimed), (claimed.TeamId!.Value, claimed.Status));
        Assert.Equal(ProjectStatus.Completed, completed.Status);
        Assert.DoesNotContain(await Store.OpenNeedsAsync(new NeedSearch(), TestContext.Current.CancellationToken), n => n.Id == need.GetPrimaryKey().ToString());
    }

    [Fact]
    public async Task Hours_volunteers_and_evaluations_of_linked_activities_roll_up_to_the_project_and_the_base_A19()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var project = fixture.Grains.GetGrain<IProjectGrain>(Guid.NewGuid());
        await project.CreateAsync(Plan(organization, null), Scenario.Recorder(organization));
        var serviceBase = fixture.Grains.GetGrain<IServiceBaseGrain>(Guid.NewGuid());
        var today = ChinaTime.Today(TestClock.Instance);
        await serviceBase.RegisterAsync(new ServiceBaseAgreement(organization, "细河区敬老院", "细河区育才路 8 号", today.AddYears(-1), today.AddYears(1), [ServiceCategory.HelpForVulnerableGroups]), Scenario.Recorder(organization));
        var elsewhere = await _scenario.OrganizationAsync();
        var foreignProject = await Refused(() => fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid()).CreateDraftAsync(
            new CreateActivityDraft(elsewhere, "探访", ServiceCategory.HelpForVulnerableGroups, "", "敬老院", project.GetPrimaryKey()), Scenario.Recorder(elsewhere)));

        var activity = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = TestClock.Instance.GetUtcNow().UtcDateTime;
        var session = new ActivitySession(Guid.NewGuid(), now.AddHours(1), now.AddHours(3));
        await activity.CreateDraftAsync(
            new CreateActivityDraft(organization, "敬老院周末探访", ServiceCategory.HelpForVulnerableGroups, "", "细河区敬老院", project.GetPrimaryKey(), serviceBase.GetPrimaryKey()),
            Scenario.Recorder(organization));
        await activity.UpdatePlanAsync(new ActivityPlan([session], new RecruitmentSettings(false, false, false, 5, null), "注意防滑", "", false), Scenario.Recorder(organization));
        await activity.PublishAsync(Scenario.Recorder(organization));
        await fixture.Roster(activity).SignUpAsync(volunteer, true, Scenario.Self(volunteer));
        await activity.StartAsync(Scenario.Recorder(organization));
        TestClock.Instance.Advance(TimeSpan.FromHours(4));
        await fixture.Attendance(activity).CertifyAttendanceAsync([new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 0, new ServiceProof("院长", null, null))], Scenario.Recorder(organization));
        await activity.EndAsync(null, Scenario.Recorder(organization));
        await fixture.Attendance(activity).EvaluateAsync(volunteer, 5, 4, null, Scenario.Recorder(organization));

        var byProject = await Store.RollupAsync("project_id", project.GetPrimaryKey().ToString(), TestContext.Current.CancellationToken);
        var byBase = await Store.RollupAsync("base_id", serviceBase.GetPrimaryKey().ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(MatchingErrors.NotFound, foreignProject);
        Assert.Equal(new ServiceRollup(1, 120, 1, 5, 4), byProject);
        Assert.Equal(byProject, byBase);
        Assert.Equal("敬老院周末探访", Assert.Single(await Store.LinkedActivitiesAsync("base_id", serviceBase.GetPrimaryKey().ToString(), TestContext.Current.CancellationToken)).Title);
    }

    private static PublishNeed Need(Guid organization, DateOnly today) => new(
        organization, "独居老人周末陪伴", "每周六上午陪老人聊天、读报、打扫", "细河区四合社区", "细河区四合社区活动室", "210911",
        ServiceCategory.HelpForVulnerableGroups, 6, "耐心、会讲阜新话", today, today.AddDays(60));

    private static ProjectPlan Plan(Guid organization, Guid? need) => new(
        organization, need, "银龄陪伴计划", "每周上门陪伴独居老人", "2026 年 12 月至 2027 年 2 月每周六", "社区公益金", "社区公众号", "社区书记月度回访");

    private async Task<Guid> TeamAsync(Guid organization, Guid leader)
    {
        var team = Guid.NewGuid();
        await fixture.Grains.GetGrain<ITeamGrain>(team).CreateAsync(new CreateTeam(organization, "陪伴小队" + team.ToString("N")[..4], [], leader), Scenario.Self(leader));
        return team;
    }

    private INeedGrain NewNeed() => fixture.Grains.GetGrain<INeedGrain>(Guid.NewGuid());

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

    private SqlMatchingStore Store => new(fixture.Connections);
}
