using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Organizations;

public sealed class RegionPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_city_bureau_adds_a_street_and_organizations_can_be_placed_there_A11()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var code = "210903" + Random.Shared.Next(100, 999);

        var added = await admin.SubmitAsync("/Regions", [new("parent", "210903"), new("code", code), new("name", "街基街道")], postPath: "/Regions?handler=Add");
        var list = await admin.FollowAsync(added);
        var create = await admin.GetAsync("/Organizations/Create");

        Assert.Contains("街基街道", list.Html);
        Assert.Contains(code, create.Html);
    }

    [Fact]
    public async Task A_code_outside_its_parent_shows_a_chinese_message_A11()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var page = await admin.SubmitAsync("/Regions", [new("parent", "210903"), new("code", "210904123"), new("name", "某街道")], postPath: "/Regions?handler=Add");

        Assert.Contains("区划代码须以上级区划代码开头。", page.Html);
    }

    [Fact]
    public async Task A_district_bureau_cannot_edit_the_tree_A4()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(userName, password);

        var page = await district.SubmitAsync("/Regions", [new("parent", "210902"), new("code", "210902555"), new("name", "某街道")], postPath: "/Regions?handler=Add");

        Assert.Contains("只有市民政局可以维护行政区划。", page.Html);
    }
}
