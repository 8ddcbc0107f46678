using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RecordBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_organization_admin_verifies_a_complaint_and_records_a_commendation_A22()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("细河区敬老志愿服务队" + Random.Shared.Next(100, 999), "210911");
        var (adminName, adminPassword) = await fixture.Factory.CreateAccountAsync(Role.OrganizationAdmin, organizationId: organization);

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var admin = await fixture.SignedInDeskAsync(desk, adminName, adminPassword);
        await admin.GotoAsync($"/Organizations/RegisterVolunteer/{organization}");
        await admin.GetByLabel("姓名", new() { Exact = true }).FillAsync("赵敏");
        await admin.GetByLabel("证件号码").FillAsync(TestPeople.ResidentId(1988, 3, 8));
        await admin.GetByLabel("居住地区").SelectOptionAsync("210911");
        await admin.GetByLabel("手机号", new() { Exact = true }).FillAsync(TestPeople.Phone());
        await admin.GetByLabel("本人（或监护人）已知情并同意登记").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await admin.Locator("tr", new() { HasText = "赵敏" }).Locator("a[href*='/Volunteers/Details/']").First.ClickAsync();
        await admin.WaitForURLAsync("**/Volunteers/Details/**");

        await admin.GetByLabel("投诉人（服务对象）").FillAsync("王奶奶");
        await admin.GetByLabel("投诉内容").FillAsync("约定上门时间未到");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记投诉" }).ClickAsync();
        var complaint = admin.Locator("li", new() { HasText = "约定上门时间未到" });
        await complaint.GetByLabel("核查说明").FillAsync("电话回访，服务对象确认");
        await complaint.GetByRole(AriaRole.Button, new() { Name = "经核查属实", Exact = true }).ClickAsync();
        await admin.Locator(".notice").WaitForAsync();
        await admin.GetByLabel("表彰奖励名称").FillAsync("优秀志愿者");
        await admin.GetByLabel("授予日期").FillAsync("2026-11-20");
        await admin.GetByLabel("授予单位").FillAsync("阜新市民政局");
        await admin.GetByRole(AriaRole.Button, new() { Name = "记录表彰" }).ClickAsync();
        await admin.Locator(".notice").WaitForAsync();

        var record = await admin.Locator("main").InnerTextAsync();
        Assert.Contains("优秀志愿者", record);
        Assert.Contains("电话回访，服务对象确认", record);
        Assert.DoesNotContain("OnSite", record);
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = "经核查属实", Exact = true }).CountAsync());
        await fixture.ScreenshotAsync(admin, "volunteer-record-admin.png");
    }

    [Fact]
    public async Task The_organization_admin_sees_activities_with_overdue_records_A21()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("太平区应急志愿服务队" + Random.Shared.Next(100, 999), "210904");
        var (adminName, adminPassword) = await fixture.Factory.CreateAccountAsync(Role.OrganizationAdmin, organizationId: organization);
        var ended = DateTime.UtcNow.AddDays(-30);
        await fixture.Factory.Services.GetRequiredService<IActivityReadModel>().UpsertAsync(
            TestActivities.Ended(organization, "防汛物资转运", ended, DateOnly.FromDateTime(ended.AddDays(14))), TestContext.Current.CancellationToken);

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var admin = await fixture.SignedInDeskAsync(desk, adminName, adminPassword);
        await admin.GotoAsync($"/Organizations/Details/{organization}");

        var overdue = admin.Locator("table", new() { HasText = "记录截止日期" });
        Assert.Contains("防汛物资转运", await overdue.InnerTextAsync());
        Assert.Equal("rgb(179, 38, 30)", await admin.GetByRole(AriaRole.Heading, new() { Name = "记录逾期的活动" }).EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await fixture.ScreenshotAsync(admin, "organization-overdue.png");

        Assert.Equal($"/Organizations/Calendar/{organization}", await admin.GetByRole(AriaRole.Link, new() { Name = "活动日历" }).GetAttributeAsync("href"));
        var firstSessionDay = TimeZoneInfo.ConvertTimeFromUtc(ended.AddHours(-3), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        await admin.GotoAsync($"/Organizations/Calendar/{organization}?month={firstSessionDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}");

        var day = admin.Locator("table.calendar td", new() { HasText = "防汛物资转运" });
        Assert.StartsWith(firstSessionDay.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), (await day.InnerTextAsync()).Trim());
        await fixture.ScreenshotAsync(admin, "organization-calendar.png");
    }
}
