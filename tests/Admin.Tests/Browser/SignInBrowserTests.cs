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

        var page = await fixture.SignedInDeskAsync(context, AppFactory.AdminUserName, AppFactory.AdminPassword);

        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("欢迎，市民政局管理员", await page.Locator("h1").InnerTextAsync());
        await fixture.ScreenshotAsync(page, "home-city-admin.png");
    }
}
