using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Activities;

/// <summary>Drafts are the organization's own; a cancelled activity is shown only to those who had signed up.</summary>
public sealed class ActivityVisibilityPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_sees_no_draft_and_a_cancelled_activity_only_if_she_had_signed_up_A8()
    {
        var organization = await app.RegisterOrganizationAsync();
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        var staff = new Actor("recorder", "记录员", Role.Recorder, null, organization, null);
        var (signedUp, _, signedUpId) = await app.SignedInVolunteerAsync("季风");
        var (other, _, _) = await app.SignedInVolunteerAsync("沈月");
        var volunteer = Guid.Parse(await app.VolunteerIdAsync(signedUpId));
        var draft = await ActivityAsync(grains, organization, staff, publish: false);
        var cancelled = await ActivityAsync(grains, organization, staff, publish: true);
        await grains.GetGrain<IActivityRosterGrain>(cancelled).SignUpAsync(volunteer, true, new CommandContext(Guid.NewGuid(), new Actor(volunteer.ToString(), "季风", Role.Volunteer, null, null, volunteer), null));
        await grains.GetGrain<IActivityGrain>(cancelled).CancelAsync("场地临时关闭", new CommandContext(Guid.NewGuid(), staff, null));

        Assert.Equal(HttpStatusCode.NotFound, (await signedUp.GetAsync($"/Activities/View/{draft}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await signedUp.GetAsync($"/Activities/View/{cancelled}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Activities/View/{cancelled}")).Status);
    }

    private static async Task<Guid> ActivityAsync(IGrainFactory grains, Guid organization, Actor staff, bool publish)
    {
        var id = Guid.NewGuid();
        var activity = grains.GetGrain<IActivityGrain>(id);
        var start = DateTime.UtcNow.Date.AddDays(5).AddHours(1);
        await activity.CreateDraftAsync(new CreateActivityDraft(organization, "河道清洁", ServiceCategory.EnvironmentalProtection, "捡拾垃圾", "细河"), new CommandContext(Guid.NewGuid(), staff, null));
        await activity.UpdatePlanAsync(
            new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddHours(2))], new RecruitmentSettings(false, false, false, 10, null), "注意防滑。", "服务无偿。", false),
            new CommandContext(Guid.NewGuid(), staff, null));
        if (publish)
        {
            await activity.PublishAsync(new CommandContext(Guid.NewGuid(), staff, null));
        }

        return id;
    }
}
