using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Tests.Activities;

public sealed class ActivityPagesTests(AppFixture app)
{
    [Fact]
    public async Task Recorder_creates_a_draft_activity_for_their_organization()
    {
        var organization = await RegisterOrganizationAsync();
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        using var recorder = app.NewClient();
        await recorder.SignInAsync(userName, password);

        var created = await recorder.SubmitAsync(
            $"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "重阳节敬老院慰问"), new("Input.Category", "HelpForVulnerableGroups"), new("Input.Place", "太平区敬老院"), new("Input.Description", "陪伴老人、表演节目")],
            postPath: "/Activities/Create");
        var details = await recorder.FollowAsync(created);
        var organizationPage = await recorder.GetAsync($"/Organizations/Details/{organization}");

        Assert.Contains("重阳节敬老院慰问", details.Html);
        Assert.Contains("弱势群体帮扶", details.Html);
        Assert.Contains("草稿", details.Html);
        Assert.Contains("重阳节敬老院慰问", organizationPage.Html);
    }

    [Fact]
    public async Task Missing_title_shows_a_chinese_message()
    {
        var organization = await RegisterOrganizationAsync();
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var page = await admin.SubmitAsync(
            $"/Activities/Create?organizationId={organization}",
            [new("Input.Title", ""), new("Input.Category", "CommunityService"), new("Input.Place", "海州区")],
            postPath: "/Activities/Create");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("请填写活动名称。", page.Html);
    }

    [Fact]
    public async Task Recorder_of_another_organization_cannot_open_its_create_page()
    {
        var organization = await RegisterOrganizationAsync();
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var stranger = app.NewClient();
        await stranger.SignInAsync(userName, password);

        var page = await stranger.GetAsync($"/Activities/Create?organizationId={organization}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private async Task<Guid> RegisterOrganizationAsync()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var created = await admin.SubmitAsync("/Organizations/Create", [new("Input.Name", "太平区志愿者协会"), new("Input.Kind", "VolunteerOrganization"), new("Input.RegionCode", "210904")]);
        return Guid.Parse(created.Location!.Split('/')[^1]);
    }
}
