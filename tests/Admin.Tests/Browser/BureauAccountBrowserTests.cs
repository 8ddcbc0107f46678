using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Browser;

/// <summary>
/// The city bureau opens a district bureau's account; the district signs in on its own computer, sets its password,
/// enrols an authenticator with a code computed from the secret on the page, and sees its district (issue 13, A4, A11).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class BureauAccountBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_city_opens_a_district_account_that_enrols_an_authenticator_and_sees_its_district_A4_A11()
    {
        fixture.SkipUnlessAvailable();
        // Its own platform, run as for real: bureau accounts must enrol an authenticator.
        await using var platform = new AppFactory(kestrel: true);
        platform.Settings["Security:RequireSecondFactor"] = "true";
        platform.StartServer();
        // As the shared platform does: the first requests start the silo and the page pipeline, before any step is timed.
        using (var warmUp = new HttpClient { BaseAddress = platform.ServerAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            (await warmUp.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
            (await warmUp.GetAsync("/health/ready", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        var inside = await RegisterOrganizationAsync(platform, "海州区手语志愿队", "210902");
        var outside = await RegisterOrganizationAsync(platform, "细河区环保志愿队", "210911");
        var userName = "haizhou" + Guid.NewGuid().ToString("N")[..4];

        await using var cityDesk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = platform.ServerAddress.ToString() });
        var city = await SignInAsync(cityDesk, AppFactory.AdminUserName, AppFactory.AdminPassword);
        await EnrolAsync(city);
        await city.GotoAsync("/Bureaus");
        await city.Locator("select[name='Input.RegionCode']").SelectOptionAsync("210902");
        await city.Locator("input[name='Input.UserName']").FillAsync(userName);
        await city.Locator("input[name='Input.DisplayName']").FillAsync("海州区民政局");
        await city.GetByRole(AriaRole.Button, new() { Name = "新建民政部门账号" }).ClickAsync();
        var notice = await city.Locator("p.notice", new() { HasText = "初始密码" }).InnerTextAsync();
        var initial = InitialPassword().Match(notice).Groups[1].Value;
        Assert.Contains($"已开设账号 {userName}", notice);
        Assert.Matches("^[A-Za-z0-9]{12}$", initial);

        await using var districtDesk = await fixture.PhoneContextOnAsync(platform);
        var district = await SignInAsync(districtDesk, userName, initial);
        Assert.Contains("/Account/ChangePassword", district.Url);
        await district.Locator("input[name='Input.Current']").FillAsync(initial);
        await district.Locator("input[name='Input.Password']").FillAsync("海州区 district 2026");
        await district.Locator("input[name='Input.ConfirmPassword']").FillAsync("海州区 district 2026");
        await district.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await district.WaitForURLAsync(url => url.Contains("/Account/TwoFactor", StringComparison.Ordinal));
        await fixture.ScreenshotAsync(district, "two-factor-enrolment-phone.png");
        Assert.True(await district.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the enrolment page is wider than the phone");
        await EnrolAsync(district);
        await fixture.ScreenshotAsync(district, "two-factor-recovery-codes-phone.png");
        await district.GotoAsync("/Organizations");
        var organizations = await district.Locator("main").InnerTextAsync();

        Assert.Contains(inside, organizations);
        Assert.DoesNotContain(outside, organizations);
    }

    private static async Task<string> RegisterOrganizationAsync(AppFactory platform, string name, string region)
    {
        var unique = name + Guid.NewGuid().ToString("N")[..4];
        await BrowserFixture.RegisterOrganizationOnAsync(platform, unique, region);
        return unique;
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login", new() { Timeout = 120_000 });
        await page.Locator("input[name='Input.Login']").FillAsync(userName);
        await page.Locator("input[name='Input.Password']").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>As a person with an authenticator app: reads the secret off the page and types the app's code.</summary>
    private static async Task EnrolAsync(IPage page)
    {
        await page.WaitForURLAsync(url => url.Contains("/Account/TwoFactor", StringComparison.Ordinal));
        await page.Locator("[data-test=start-enrolment]").ClickAsync();
        var key = await page.Locator("[data-test=shared-key]").InnerTextAsync();
        Assert.StartsWith("otpauth://totp/", await page.Locator("[data-test=key-uri]").InnerTextAsync());
        Assert.True(await page.Locator("img[alt='身份验证器二维码']").IsVisibleAsync());
        await page.Locator("input[name='Code']").FillAsync(Authenticator.CodeFor(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "绑定身份验证器" }).ClickAsync();
        await page.Locator("[data-test=recovery-codes]").WaitForAsync();
    }

    [GeneratedRegex("初始密码：([A-Za-z0-9]{12})")]
    private static partial Regex InitialPassword();
}
