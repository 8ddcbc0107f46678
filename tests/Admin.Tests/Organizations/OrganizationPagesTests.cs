using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Organizations;

public sealed class OrganizationPagesTests(AppFixture app)
{
    [Fact]
    public async Task Bureau_registers_an_organization_and_finds_it_in_the_list_A11()
    {
        using var client = await SignedInAdminAsync();
        var name = "彰武县助残志愿者协会" + Guid.NewGuid().ToString("N")[..4];

        var created = await client.SubmitAsync("/Organizations/Create", Fields(name, "CharityOrganization", "210922"));
        var details = await client.FollowAsync(created);
        var list = await client.GetAsync("/Organizations?Text=" + Uri.EscapeDataString(name) + "&Region=210922");

        Assert.Contains(name, details.Html);
        Assert.Contains("公益慈善类组织", details.Html);
        Assert.Contains("彰武县", details.Html);
        Assert.Contains("已登记组织", details.Html);
        Assert.Contains(name, list.Html);
        Assert.Contains("共 1 条", list.Html);
    }

    [Fact]
    public async Task Double_submission_registers_the_organization_once()
    {
        using var client = await SignedInAdminAsync();
        var name = "新邱区志愿服务站" + Guid.NewGuid().ToString("N")[..4];
        var form = await client.GetAsync("/Organizations/Create");
        var fields = form.HiddenFields().Concat(Fields(name, "VolunteerTeam", "210903")).ToList();

        var first = await client.PostAsync("/Organizations/Create", fields);
        var second = await client.PostAsync("/Organizations/Create", fields);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(first.Location, second.Location);
        var found = await app.Factory.Services.GetRequiredService<IOrganizationReadModel>()
            .SearchAsync(new OrganizationSearch(Text: name), TestContext.Current.CancellationToken);
        Assert.Equal(1, found.Total);
    }

    [Theory]
    [InlineData("", "VolunteerOrganization", "210902", "请填写组织名称。")]
    [InlineData("阳光协会", "", "210902", "请填写组织类型。")]
    [InlineData("阳光协会", "VolunteerOrganization", "", "请填写所属地区。")]
    [InlineData("阳光协会", "VolunteerOrganization", "999999", "所选地区不存在。")]
    public async Task Invalid_input_shows_a_chinese_message_and_stores_nothing(string name, string kind, string region, string message)
    {
        using var client = await SignedInAdminAsync();
        var before = await CountAsync();

        var page = await client.SubmitAsync("/Organizations/Create", Fields(name, kind, region));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task District_bureau_cannot_register_outside_its_region_A4()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var client = app.NewClient();
        await client.SignInAsync(userName, password);
        var before = await CountAsync();

        var page = await client.SubmitAsync("/Organizations/Create", Fields("太平区协会", "VolunteerOrganization", "210904"));

        Assert.Contains("只能在本辖区内登记组织。", page.Html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Organization_outside_the_users_scope_is_not_found()
    {
        using var admin = await SignedInAdminAsync();
        var created = await admin.SubmitAsync("/Organizations/Create", Fields("清河门区志愿者协会", "VolunteerOrganization", "210905"));
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var other = app.NewClient();
        await other.SignInAsync(userName, password);

        var page = await other.GetAsync(created.Location!);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private static List<KeyValuePair<string, string>> Fields(string name, string kind, string region) =>
        [new("Input.Name", name), new("Input.Kind", kind), new("Input.RegionCode", region)];

    private async Task<FormClient> SignedInAdminAsync()
    {
        var client = app.NewClient();
        await client.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        return client;
    }

    private async Task<int> CountAsync() =>
        (await app.Factory.Services.GetRequiredService<IOrganizationReadModel>()
            .SearchAsync(new OrganizationSearch(PageSize: 1), TestContext.Current.CancellationToken)).Total;
}
