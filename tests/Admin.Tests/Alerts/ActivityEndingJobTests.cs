using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Activities;

namespace VolunteerRecords.Admin.Tests.Alerts;

/// <summary>Nothing stays 进行中 for ever: the scheduled job ends what its last session left behind.</summary>
public sealed class ActivityEndingJobTests(AppFixture app)
{
    [Fact]
    public async Task A_published_activity_ends_by_itself_after_its_last_session_and_its_deadline_starts_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        var recorder = new CommandContext(Guid.NewGuid(), new Actor("job-test", "记录员", Role.Recorder, null, organization, null), null);
        var soon = grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var later = grains.GetGrain<IActivityGrain>(Guid.NewGuid());
        var now = DateTime.UtcNow;
        foreach (var (activity, start) in new[] { (soon, now.AddSeconds(1)), (later, now.AddDays(2)) })
        {
            await activity.CreateDraftAsync(new CreateActivityDraft(organization, "楼道清扫", ServiceCategory.CommunityService, "清扫", "海州区"), recorder with { OperationId = Guid.NewGuid() });
            await activity.UpdatePlanAsync(new ActivityPlan([new ActivitySession(Guid.NewGuid(), start, start.AddSeconds(1))],
                new RecruitmentSettings(false, false, false, 5, null), "注意安全。", "服务无偿。", false), recorder with { OperationId = Guid.NewGuid() });
            await activity.PublishAsync(recorder with { OperationId = Guid.NewGuid() });
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        using var scope = app.Factory.Services.CreateScope();
        await ActivatorUtilities.CreateInstance<ActivityEndingJob>(scope.ServiceProvider).RunAsync(TestContext.Current.CancellationToken);
        var ended = await soon.GetDetailsAsync();
        var waiting = await later.GetDetailsAsync();

        Assert.Equal(ActivityStatus.Ended, ended!.Status);
        Assert.NotNull(ended.RecordsDue);
        Assert.Equal(ActivityStatus.Published, waiting!.Status);
    }
}
