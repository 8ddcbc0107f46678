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
        await page.GetByLabel("手机号、证件号或账号").FillAsync(AppFactory.AdminUserName);
        await page.GetByLabel("密码").FillAsync(AppFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("欢迎，市民政局管理员", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ScreenshotDirectory, "home-city-admin.png"), FullPage = true });
    }
}
