using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RecognitionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_bureau_reads_the_statistics_runs_a_campaign_approves_the_winner_and_the_honour_roll_shows_it_A21_A27_A30()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("清河门区助老服务队" + Random.Shared.Next(100, 999), "210905");
        var grains = fixture.Factory.Services.GetRequiredService<IGrainFactory>();
        var staff = new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null);
        var (first, _) = await fixture.RegisteredVolunteerAsync("周子涵", "210905");
        var (second, _) = await fixture.RegisteredVolunteerAsync("吴思远", "210905");
        foreach (var (volunteer, hours) in new[] { (first, 86), (second, 64) })
        {
            await grains.Membership(volunteer, organization).JoinAsync(staff with { OperationId = Guid.NewGuid() });
            await TestLedger.CertifyHoursAsync(fixture.Factory.Services, organization, volunteer, hours, new DateTime(2025, 4, 6, 0, 0, 0, DateTimeKind.Utc));
        }

        await TestLedger.FoldStatisticsAsync(fixture.Factory.Services);
        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var bureau = await fixture.SignedInDeskAsync(desk, AppFactory.AdminUserName, AppFactory.AdminPassword);
        await bureau.GotoAsync("/Statistics?region=210905&from=2025-04&to=2025-04");
        Assert.Contains("150", await bureau.Locator("[data-test=hours]").InnerTextAsync());
        await fixture.ScreenshotAsync(bureau, "statistics-district.png");

        await bureau.GotoAsync($"/Campaigns?organization={organization}");
        await bureau.GetByLabel("评选名称").FillAsync("助老之星");
        await bureau.GetByLabel("统计期间起").FillAsync("2025-01-01");
        await bureau.GetByLabel("统计期间止").FillAsync("2025-12-31");
        await bureau.GetByLabel("期间内认定服务时长不少于（小时）").FillAsync("50");
        await bureau.GetByLabel("名额").FillAsync("1");
        await bureau.GetByLabel("表彰单位").FillAsync("清河门区民政局");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "设立", Exact = true }).ClickAsync();
        await bureau.WaitForURLAsync("**/Campaigns/Details/**");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "开始遴选" }).ClickAsync();
        await bureau.GetByRole(AriaRole.Button, new() { Name = "确认当选名单" }).WaitForAsync(new() { Timeout = 60_000 });
        var candidates = await bureau.Locator("table").Last.InnerTextAsync();
        Assert.True(candidates.IndexOf("周子涵", StringComparison.Ordinal) < candidates.IndexOf("吴思远", StringComparison.Ordinal));
        await fixture.ScreenshotAsync(bureau, "campaign-review.png");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "确认当选名单" }).ClickAsync();
        await bureau.Locator(".notice").WaitForAsync();
        var roll = bureau.Url.Replace("/Campaigns/Details/", "/Honours/", StringComparison.Ordinal);

        await using var phone = await fixture.PhoneContextAsync();
        var visitor = await phone.NewPageAsync();
        await visitor.GotoAsync(roll);
        var text = await visitor.Locator("main").InnerTextAsync();
        Assert.Contains("周*涵", text);
        Assert.DoesNotContain("吴思远", text);
        await fixture.ScreenshotAsync(visitor, "honour-roll-phone.png");
    }
}
