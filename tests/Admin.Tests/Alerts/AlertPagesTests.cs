using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Alerts;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Admin.Tests.Alerts;

public sealed class AlertPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_daily_job_lists_records_due_soon_and_members_with_the_hours_for_their_next_star_A21_A26()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "程远");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 101, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        var today = ChinaTime.Today(TimeProvider.System);
        var activities = app.Factory.Services.GetRequiredService<IActivityReadModel>();
        var ended = DateTime.UtcNow.AddDays(-10);
        await activities.UpsertAsync(TestActivities.Ended(organization, "冬季送温暖", ended, today), TestContext.Current.CancellationToken);
        await activities.UpsertAsync(TestActivities.Ended(organization, "春季植树", ended, today.AddDays(30)), TestContext.Current.CancellationToken);
        using var volunteer = await app.SignedInMemberAsync(member);
        var details = $"/Organizations/Details/{organization}";

        var before = await recorder.GetAsync(details);
        await RunJobAsync();
        await RunJobAsync();
        var listed = await recorder.GetAsync(details);
        var me = await volunteer.GetAsync("/Volunteers/Me");
        var apply = await volunteer.SubmitAsync("/Volunteers/Me", [new("level", "1")], postPath: "/Volunteers/Me?handler=ApplyStar");
        await RunJobAsync();
        var applied = await recorder.GetAsync(details);

        Assert.DoesNotContain("data-test=\"due-soon\"", before.Html);
        Assert.DoesNotContain("data-test=\"eligible\"", before.Html);
        var dueSoon = System.Text.RegularExpressions.Regex.Match(listed.Html, "data-test=\"due-soon\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("冬季送温暖", dueSoon);
        Assert.DoesNotContain("春季植树", dueSoon);
        Assert.Contains("可申请 1 星", listed.Html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(listed.Html, "程远</a>"));
        Assert.Contains("您的认定时长已达到 1 星，可以申请评定", me.Html);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, apply.Status);
        Assert.DoesNotContain("data-test=\"eligible\"", applied.Html);
    }

    private async Task RunJobAsync()
    {
        using var scope = app.Factory.Services.CreateScope();
        await ActivatorUtilities.CreateInstance<DailyAlertsJob>(scope.ServiceProvider).RunAsync(TestContext.Current.CancellationToken);
    }
}
