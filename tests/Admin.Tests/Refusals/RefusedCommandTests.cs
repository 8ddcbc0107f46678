using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Refusals;

/// <summary>A rule that refuses a command is answered the same way on every page: its message, the form as typed (issue 15, 17).</summary>
public sealed class RefusedCommandTests(AppFixture app)
{
    [Fact]
    public async Task A_refused_command_shows_the_rule_in_Chinese_and_keeps_what_was_typed_A4()
    {
        using var district = app.NewClient();
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        await district.SignInAsync(userName, password);
        var name = "细河区越界登记协会" + Guid.NewGuid().ToString("N")[..4];

        var refused = await district.SubmitAsync("/Organizations/Create", [new("Input.Name", name), new("Input.Kind", "VolunteerOrganization"), new("Input.RegionCode", "210911")]);
        var list = await district.GetAsync("/Organizations");

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("只能在本辖区内登记组织。", refused.Html);
        Assert.Contains($"value=\"{name}\"", refused.Html);
        Assert.DoesNotContain(name, list.Html);
    }
}
