using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task City_admin_signs_in_and_sees_the_chinese_home_page()
    {
        fixture.SkipUnlessAvailable();
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByLabel("账号或手机号").FillAsync(AppFactory.AdminUserName);
        await page.GetByLabel("密码").FillAsync(AppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("欢迎，市民政局管理员", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "home-city-admin.png"), FullPage = true });
    }

    [Fact]
    public async Task Volunteer_registers_on_a_phone_and_sees_their_profile()
    {
        fixture.SkipUnlessAvailable();
        await using var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Factory.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var phone = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await page.GotoAsync("/Volunteers/Register");
        await page.GetByLabel("姓名").FillAsync("韩梅梅");
        await page.GetByLabel("手机号").FillAsync(phone);
        await page.GetByLabel("设置密码").FillAsync("Volunteer2026");
        await page.GetByLabel("确认密码").FillAsync("Volunteer2026");
        await page.GetByLabel("服务技能").FillAsync("急救、手语");
        await page.GetByLabel("社区服务").CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "register-phone.png"), FullPage = true });
        await page.GetByLabel("我已阅读并同意").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login");
        Assert.Contains("注册成功", await page.Locator(".notice").InnerTextAsync());

        await page.GetByLabel("账号或手机号").FillAsync(phone);
        await page.GetByLabel("密码").FillAsync("Volunteer2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Volunteers/Me");

        Assert.Equal("我的志愿者档案", await page.Locator("h1").InnerTextAsync());
        Assert.Contains(phone[..3] + "****" + phone[7..], await page.Locator(".facts").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "volunteer-profile-phone.png"), FullPage = true });
    }
}
