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
}
