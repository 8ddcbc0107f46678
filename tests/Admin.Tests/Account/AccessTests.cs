using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

public sealed class AccessTests(AppFixture app)
{
    [Fact]
    public async Task Jobs_dashboard_sends_anonymous_users_to_sign_in()
    {
        using var client = app.NewClient();

        var page = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Account/Login", page.Location);
    }

    [Fact]
    public async Task Jobs_dashboard_refuses_organization_staff()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.OrganizationAdmin, organizationId: Guid.NewGuid());
        using var client = app.NewClient();
        await client.SignInAsync(userName, password);

        var page = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Account/AccessDenied", page.Location);
    }

    [Fact]
    public async Task Jobs_dashboard_opens_for_bureau_admins()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var client = app.NewClient();
        await client.SignInAsync(userName, password);

        var page = await client.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Hangfire", page.Html);
    }

    [Fact]
    public async Task Only_the_city_bureau_triggers_or_deletes_jobs_a_district_only_looks_A4()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(userName, password);
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var looking = await district.GetAsync("/jobs/recurring");
        var running = await city.GetAsync("/jobs/recurring");
        var triggering = await district.PostAsync("/jobs/recurring/trigger", [new("jobs[]", "ledger-fold")]);

        Assert.Equal(HttpStatusCode.OK, looking.Status);
        Assert.DoesNotContain("recurring/trigger", looking.Html);
        Assert.Contains("recurring/trigger", running.Html);
        Assert.NotEqual(HttpStatusCode.OK, triggering.Status);
        Assert.NotEqual(HttpStatusCode.NoContent, triggering.Status);
    }

    [Fact]
    public async Task Volunteers_cannot_open_the_audit_log()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Volunteer, volunteerId: Guid.NewGuid());
        using var client = app.NewClient();
        await client.SignInAsync(userName, password);

        var page = await client.GetAsync("/Audit");

        Assert.Contains("/Account/AccessDenied", page.Location);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_signing_in()
    {
        using var client = app.NewClient();

        var live = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Html);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session()
    {
        var (id, userName, password) = await app.Factory.CreateAccountWithIdAsync(Role.DistrictAdmin, region: "210902");
        using var client = app.NewClient();
        await client.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organizations")).Status);

        await app.Factory.Services.GetRequiredService<IAccountStore>().SetDisabledAsync(id, disabled: true, TestContext.Current.CancellationToken);
        var page = await client.GetAsync("/Organizations");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Account/Login", page.Location);
    }
}
