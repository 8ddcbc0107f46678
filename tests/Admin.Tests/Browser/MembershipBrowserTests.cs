using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class MembershipBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_volunteer_registers_on_a_phone_applies_and_the_recorder_confirms_A12()
    {
        fixture.SkipUnlessAvailable();
        var organizationName = "海州区阳光志愿者协会" + Random.Shared.Next(100, 999);
        var organization = await fixture.RegisterOrganizationAsync(organizationName, "210902");
        var (recorderName, recorderPassword) = await fixture.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        var phone = TestPeople.Phone();
        var idNumber = TestPeople.ResidentId(1995, 5, 20);

        await using var phoneContext = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Factory.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var volunteer = await phoneContext.NewPageAsync();
        await volunteer.GotoAsync("/Volunteers/Register");
        await volunteer.GetByLabel("姓名", new() { Exact = true }).FillAsync("韩梅梅");
        await volunteer.GetByLabel("证件号码").FillAsync(idNumber);
        await volunteer.GetByLabel("居住地区").SelectOptionAsync("210902");
        await volunteer.GetByLabel("手机号", new() { Exact = true }).FillAsync(phone);
        await volunteer.GetByLabel("服务技能").FillAsync("急救、手语");
        await volunteer.GetByLabel("社区服务").CheckAsync();
        await volunteer.GetByLabel("设置密码").FillAsync("Volunteer2026");
        await volunteer.GetByLabel("确认密码").FillAsync("Volunteer2026");
        await volunteer.GetByLabel("我已阅读并同意").CheckAsync();
        await fixture.ScreenshotAsync(volunteer, "1-register-phone.png");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Account/Login");
        Assert.Contains("注册成功", await volunteer.Locator(".notice").InnerTextAsync());

        await volunteer.GetByLabel("手机号、证件号或账号").FillAsync(phone);
        await volunteer.GetByLabel("密码").FillAsync("Volunteer2026");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Volunteers/Me");
        await volunteer.GetByRole(AriaRole.Link, new() { Name = "申请加入组织" }).ClickAsync();
        await volunteer.GetByPlaceholder("按名称搜索").FillAsync(organizationName);
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await volunteer.Locator("li", new() { HasText = organizationName }).GetByRole(AriaRole.Button, new() { Name = "申请加入" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Volunteers/Me");
        Assert.Contains("待确认", await volunteer.Locator("table", new() { HasText = "组织名称" }).InnerTextAsync());
        await fixture.ScreenshotAsync(volunteer, "2-applied-phone.png");

        await using var desk = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var recorder = await fixture.SignedInDeskAsync(desk, recorderName, recorderPassword);
        await recorder.GotoAsync($"/Organizations/Members/{organization}");
        await fixture.ScreenshotAsync(recorder, "3-members-pending.png");
        await recorder.Locator("tr", new() { HasText = "韩梅梅" }).GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
        await recorder.Locator(".notice").WaitForAsync();
        Assert.Contains("韩梅梅", await recorder.Locator("table").Last.InnerTextAsync());

        await volunteer.ReloadAsync();
        Assert.Contains("成员", await volunteer.Locator("table", new() { HasText = "组织名称" }).InnerTextAsync());
        Assert.DoesNotContain("待确认", await volunteer.Locator("table", new() { HasText = "组织名称" }).InnerTextAsync());
        await fixture.ScreenshotAsync(volunteer, "4-member-phone.png");
    }
}
