using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Teams;

public sealed class TeamPagesTests(AppFixture app)
{
    [Fact]
    public async Task Members_form_a_team_join_it_and_the_leader_signs_it_up_as_a_group_A17()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var founder = await recorder.RegisterOnSiteAsync(organization, "秦川");
        var joiner = await recorder.RegisterOnSiteAsync(organization, "楚云");
        using var leader = await app.SignedInMemberAsync(founder);
        using var member = await app.SignedInMemberAsync(joiner);
        var (outsider, _, _) = await app.SignedInVolunteerAsync("外人");
        var activityId = await GroupActivityAsync(organization);
        var teamsPath = $"/Teams?organization={organization}";

        var unnamed = await leader.SubmitAsync(teamsPath, [new("name", "")], postPath: "/Teams");
        var formed = await leader.SubmitAsync(teamsPath, [new("name", "秦川助老队"), new("intentions", "HelpForVulnerableGroups")], postPath: "/Teams");
        var teamPath = formed.Location!;
        var joined = await member.SubmitAsync(teamPath, [], postPath: teamPath + "?handler=Join");
        var outsidersLook = await outsider.GetAsync(teamPath);
        var viewPath = $"/Activities/View/{activityId}";
        var teamId = teamPath.Split('/')[^1];
        var signedUp = await leader.SubmitAsync(viewPath, [new("teamId", teamId), new("accepts", "true")], postPath: viewPath + "?handler=SignUpTeam");
        var team = await member.GetAsync(teamPath);

        Assert.Contains("请填写团队名称", unnamed.Html);
        Assert.Equal(HttpStatusCode.Redirect, formed.Status);
        Assert.Equal(HttpStatusCode.Redirect, joined.Status);
        Assert.Equal(HttpStatusCode.NotFound, outsidersLook.Status);
        Assert.Contains("秦川：已录用", signedUp.Html);
        Assert.Contains("楚云：已录用", signedUp.Html);
        Assert.Contains("敬老院重阳联欢", team.Html);
        Assert.Contains("楚云", team.Html);
    }

    private async Task<Guid> GroupActivityAsync(Guid organization)
    {
        var id = Guid.NewGuid();
        var grain = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActivityGrain>(id);
        var staff = new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null);
        var start = DateTime.UtcNow.AddDays(5);
        await grain.CreateDraftAsync(new CreateActivityDraft(organization, "敬老院重阳联欢", ServiceCategory.HelpForVulnerableGroups, "", "海州区敬老院"), staff);
        await grain.UpdatePlanAsync(
            new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))], new RecruitmentSettings(false, false, true, 10, null), "注意老人安全", "", false),
            staff with { OperationId = Guid.NewGuid() });
        await grain.PublishAsync(staff with { OperationId = Guid.NewGuid() });
        return id;
    }
}
