using System.Net;
using System.Text.RegularExpressions;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Bureaus;

public sealed partial class BureauPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_city_bureau_opens_a_district_account_in_the_console_that_sees_only_its_district_until_disabled_A4_A11()
    {
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var inside = "海州区测试协会" + Guid.NewGuid().ToString("N")[..4];
        var outside = "细河区测试协会" + Guid.NewGuid().ToString("N")[..4];
        await app.RegisterOrganizationAsync(region: "210902", name: inside);
        await app.RegisterOrganizationAsync(region: "210911", name: outside);
        var userName = "hz" + Guid.NewGuid().ToString("N")[..8];

        var refused = await city.SubmitAsync("/Bureaus", [new("Input.RegionCode", "210902"), new("Input.UserName", "张"), new("Input.DisplayName", "海州区民政局")]);
        var created = await city.SubmitAsync("/Bureaus", [new("Input.RegionCode", "210902"), new("Input.UserName", userName), new("Input.DisplayName", "海州区民政局")]);
        var list = await city.FollowAsync(created);
        var password = InitialPasswordPattern().Match(list.Html).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("账号为3至32位字母", refused.Html);
        Assert.Contains($"已开设账号 {userName}", list.Html);

        using var district = app.NewClient();
        await district.SignInAsync(userName, password);
        await district.SubmitAsync("/Account/ChangePassword", [new("Input.Current", password), new("Input.Password", "District2026x"), new("Input.ConfirmPassword", "District2026x")]);
        // Searched by name: the list pages, and other tests fill the district with organizations of their own.
        var insideFound = await district.GetAsync("/Organizations?Text=" + Uri.EscapeDataString(inside));
        var outsideFound = await district.GetAsync("/Organizations?Text=" + Uri.EscapeDataString(outside));
        var own = await district.GetAsync("/Bureaus");
        var creating = await district.SubmitAsync("/Bureaus", [new("Input.UserName", "nope" + userName)], postPath: "/Bureaus");

        Assert.Contains(inside, insideFound.Html);
        Assert.DoesNotContain(outside + "<", outsideFound.Html);
        Assert.Contains(userName, own.Html);
        Assert.DoesNotContain(AppFactory.AdminUserName + "</td>", own.Html);
        Assert.Contains("/Account/AccessDenied", creating.Location);

        var accountId = Regex.Match(list.Html, $"<td>{userName}</td>.*?name=\"accountId\" value=\"([0-9a-f-]{{36}})\"", RegexOptions.Singleline).Groups[1].Value;
        var disabled = await city.SubmitAsync("/Bureaus", [new("accountId", accountId), new("disable", "True")], postPath: "/Bureaus?handler=Toggle");
        var afterwards = await district.GetAsync("/Organizations");

        Assert.Contains($"已停用账号 {userName}", (await city.FollowAsync(disabled)).Html);
        Assert.Contains("/Account/Login", afterwards.Location);
    }

    [GeneratedRegex("初始密码：([A-Za-z0-9]{12})")]
    private static partial Regex InitialPasswordPattern();
}
