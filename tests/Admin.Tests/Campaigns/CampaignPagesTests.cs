using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Admin.Tests.Campaigns;

public sealed class CampaignPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_bureau_runs_a_campaign_the_job_ranks_members_and_approval_commends_the_winner_once_A27_A30()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var leader = await recorder.RegisterOnSiteAsync(organization, "欧阳明");
        var runnerUp = await recorder.RegisterOnSiteAsync(organization, "许晴");
        var few = await recorder.RegisterOnSiteAsync(organization, "林一");
        var firstDay = new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(leader.VolunteerId), 105, firstDay);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(runnerUp.VolunteerId), 60, firstDay);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(few.VolunteerId), 20, firstDay);
        using var bureau = app.NewClient();
        await bureau.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var form = $"/Campaigns?organization={organization}";
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Name", "优秀志愿者"), new("Input.Kind", "Volunteers"), new("Input.PeriodFrom", "2025-01-01"), new("Input.PeriodTo", "2025-12-31"),
            new("Input.MinHours", "50"), new("Input.MinStarLevel", "0"), new("Input.Places", "1"), new("Input.Schedule", "Once"), new("Input.GrantingBody", "阜新市民政局"),
        ];

        var backwards = await bureau.SubmitAsync(form, [.. fields.Where(f => f.Key != "Input.PeriodTo"), new("Input.PeriodTo", "2024-12-31")]);
        using var recorderSees = await recorder.Http.GetAsync("/Campaigns", TestContext.Current.CancellationToken);
        var defined = await bureau.SubmitAsync(form, fields);
        var details = defined.Location!;
        var queued = await bureau.SubmitAsync(details, [], postPath: details + "?handler=Select");
        var selected = await WaitForAsync(bureau, details, "待审核");
        var approveForm = selected.Html;
        var approved = await bureau.SubmitAsync(details, [new("winners", leader.VolunteerId), new("round", "1")], postPath: details + "?handler=Approve");
        var changed = await bureau.SubmitAsync(details, [new("winners", runnerUp.VolunteerId), new("round", "1")], postPath: details + "?handler=Approve");
        using var anonymous = app.NewClient();
        var roll = await anonymous.GetAsync(details.Replace("/Campaigns/Details/", "/Honours/", StringComparison.Ordinal));

        Assert.Contains("统计期间不正确", backwards.Html);
        Assert.NotEqual(HttpStatusCode.OK, recorderSees.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, defined.Status);
        Assert.Equal(HttpStatusCode.Redirect, queued.Status);
        Assert.Contains("欧阳明", approveForm);
        Assert.Contains("许晴", approveForm);
        Assert.DoesNotContain("林一", approveForm);
        Assert.True(approveForm.IndexOf("欧阳明", StringComparison.Ordinal) < approveForm.IndexOf("许晴", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, approved.Status);
        Assert.Contains("当选名单已经确认，不能更改", changed.Html);
        Assert.Equal(HttpStatusCode.OK, roll.Status);
        Assert.Contains("欧*明", roll.Html);
        Assert.DoesNotContain("许晴", roll.Html);
        var book = app.Factory.Services.GetRequiredService<IRecordBook>();
        Assert.Equal("2025年度优秀志愿者", Assert.Single(await book.CommendationsAsync(leader.VolunteerId, TestContext.Current.CancellationToken)).Title);
        Assert.Empty(await book.CommendationsAsync(runnerUp.VolunteerId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_yearly_campaign_runs_again_each_year_the_day_after_its_period_ends_A27()
    {
        using var bureau = app.NewClient();
        await bureau.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var defined = await bureau.SubmitAsync("/Campaigns",
        [
            new("Input.Name", "年度优秀志愿服务组织"), new("Input.Kind", "Organizations"), new("Input.ScopeRegion", "210900"), new("Input.PeriodFrom", "2025-01-01"),
            new("Input.PeriodTo", "2025-12-31"), new("Input.MinHours", "100"), new("Input.Places", "5"), new("Input.Schedule", "Yearly"), new("Input.GrantingBody", "阜新市民政局"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, defined.Status);
        var id = Guid.Parse(defined.Location!.Split('/')[^1]);
        using var connection = app.Factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var recurring = Assert.Single(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), j => j.Id == VolunteerRecords.Jobs.Campaigns.HangfireCampaignJobs.RecurringId(id));
        Assert.Equal("0 2 1 1 *", recurring.Cron);
    }

    /// <summary>The selection runs on the node's job server; the page refreshes until the round is ready.</summary>
    private static async Task<FormClient.Page> WaitForAsync(FormClient client, string path, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetAsync(path);
            if (page.Html.Contains(text, StringComparison.Ordinal) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(300, TestContext.Current.CancellationToken);
        }
    }
}
