using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Audit;

public sealed class AuditPageTests(AppFixture app)
{
    [Fact]
    public async Task Bureau_filters_the_audit_log_by_action_A21()
    {
        using var client = app.NewClient();
        await client.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var name = "审计测试协会" + Guid.NewGuid().ToString("N")[..4];
        var created = await client.SubmitAsync("/Organizations/Create", [new("Input.Name", name), new("Input.Kind", "VolunteerOrganization"), new("Input.RegionCode", "210911")]);
        var organizationId = created.Location!.Split('/')[^1];

        var page = await client.GetAsync("/Audit?Action=organization.registered&SubjectId=" + organizationId);

        Assert.Contains("organization.registered", page.Html);
        Assert.Contains(organizationId, page.Html);
        Assert.Contains("共 1 条", page.Html);
        Assert.DoesNotContain("account.signed-in", page.Html);
    }

    [Fact]
    public async Task A_district_bureau_reads_the_audit_lines_of_its_own_region_only_A4_A11()
    {
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var inside = await app.RegisterOrganizationAsync(region: "210902");
        var outside = await app.RegisterOrganizationAsync(region: "210911");
        var (userName, password) = await app.Factory.CreateAccountAsync(VolunteerRecords.Grains.Common.Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(userName, password);

        var own = await district.GetAsync("/Audit?Action=organization.registered&SubjectId=" + inside);
        var foreign = await district.GetAsync("/Audit?Action=organization.registered&SubjectId=" + outside);
        var cityView = await city.GetAsync("/Audit?Action=organization.registered&SubjectId=" + outside);

        Assert.Contains("共 1 条", own.Html);
        Assert.Contains("共 0 条", foreign.Html);
        Assert.Contains("共 1 条", cityView.Html);
    }

    [Fact]
    public async Task An_unreadable_or_far_date_in_the_filter_is_refused_with_a_message_not_a_crash()
    {
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var far = await city.GetAsync("/Audit?To=9999-12-31");
        var garbage = await city.GetAsync("/Audit?From=not-a-date");

        Assert.Equal(System.Net.HttpStatusCode.OK, far.Status);
        Assert.Equal(System.Net.HttpStatusCode.OK, garbage.Status);
        Assert.Contains("日期超出范围", far.Html);
    }
}
