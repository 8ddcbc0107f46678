using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Admin.Tests.Browser;

/// <summary>
/// A district bureau at its desk sees which organizations are late, draws a spot check and questions an entry; the
/// organization's recorder answers on a phone (A4, A11, A21; 办法 Art21-22).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupervisionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_bureau_sees_late_records_draws_a_spot_check_and_the_organization_answers_on_a_phone_A21()
    {
        fixture.SkipUnlessAvailable();
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var organization = await fixture.RegisterOrganizationAsync("太平区助老服务队" + suffix, "210904");
        var (volunteer, _) = await fixture.RegisteredVolunteerAsync("孙丽", "210904");
        await TestLedger.CertifyHoursAsync(fixture.Factory.Services, organization, volunteer, 3, new DateTime(2025, 3, 10, 1, 0, 0, DateTimeKind.Utc));
        var today = ChinaTime.Today(TimeProvider.System);
        await fixture.Factory.Services.GetRequiredService<IActivityReadModel>().UpsertAsync(
            TestActivities.Ended(organization, "冬至包饺子送老人" + suffix, DateTime.UtcNow.AddDays(-20), today.AddDays(-4)), TestContext.Current.CancellationToken);
        var (bureauName, bureauPassword) = await fixture.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210904");
        var (recorderName, recorderPassword) = await fixture.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Factory.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var bureau = await fixture.SignedInDeskAsync(desk, bureauName, bureauPassword);
        await bureau.GotoAsync("/Supervision");
        var overdue = await bureau.Locator("table[data-test='overdue']").InnerTextAsync();
        Assert.Contains("冬至包饺子送老人" + suffix, overdue);
        Assert.Contains("4 天", overdue);
        await bureau.Locator("#From").FillAsync("2025-03-01");
        await bureau.Locator("#To").FillAsync("2025-03-31");
        await bureau.Locator("#Size").FillAsync("5");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "随机抽取" }).ClickAsync();
        await bureau.WaitForURLAsync("**/Supervision/SpotCheck/**");
        Assert.Contains("已抽取 2025-03-01 至 2025-03-31 的记录", await bureau.Locator(".notice").InnerTextAsync());
        var entry = bureau.Locator("section.spot-item").First;
        await entry.Locator("input[name='note']").FillAsync("签到表上无服务对象签字");
        await entry.GetByRole(AriaRole.Button, new() { Name = "存疑，请组织答复" }).ClickAsync();
        await bureau.Locator(".notice").WaitForAsync();
        Assert.Contains("已对 孙丽", await bureau.Locator(".notice").InnerTextAsync());
        await fixture.ScreenshotAsync(bureau, "spot-check-desk.png");
        await bureau.GotoAsync("/Supervision");
        await fixture.ScreenshotAsync(bureau, "supervision-desk.png");

        await using var phone = await fixture.PhoneContextAsync();
        var recorder = await fixture.SignedInDeskAsync(phone, recorderName, recorderPassword);
        await recorder.GotoAsync($"/Organizations/SpotChecks/{organization}");
        Assert.Contains("签到表上无服务对象签字", await recorder.Locator("main").InnerTextAsync());
        Assert.True(await recorder.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the question queue is wider than the phone");
        await fixture.ScreenshotAsync(recorder, "spot-check-question-phone.png");
        await recorder.Locator("textarea[name='answer']").FillAsync("已找到服务对象补签的签到表，时长无误");
        await recorder.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await recorder.Locator(".notice").WaitForAsync();
        Assert.Contains("已答复关于 孙丽 的质询", await recorder.Locator(".notice").InnerTextAsync());
        Assert.Contains("没有待答复的质询", await recorder.Locator("main").InnerTextAsync());
    }
}
