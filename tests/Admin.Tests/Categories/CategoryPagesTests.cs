using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Categories;

public sealed class CategoryPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_city_bureau_adds_a_service_area_that_recorders_then_choose_for_activities_A17()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var badCode = await admin.SubmitAsync("/Categories", [new("code", "文体"), new("nameZh", "文体服务" + suffix), new("nameEn", "Culture")]);
        var added = await admin.SubmitAsync("/Categories", [new("code", "Culture" + suffix), new("nameZh", "文体服务" + suffix), new("nameEn", "Culture " + suffix)]);
        var list = await admin.GetAsync("/Categories");
        var create = await recorder.GetAsync($"/Activities/Create?organizationId={organization}");
        var created = await recorder.SubmitAsync($"/Activities/Create?organizationId={organization}",
            [new("Input.Title", "广场舞展演"), new("Input.Category", "Culture" + suffix), new("Input.Place", "细河区文化广场")], postPath: "/Activities/Create");
        var activity = await recorder.GetAsync(created.Location!);
        var forbidden = await recorder.GetAsync("/Categories");

        Assert.Contains("代码应以英文字母开头", badCode.Html);
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Contains("文体服务" + suffix, list.Html);
        Assert.Contains("第十七条", list.Html);
        Assert.Contains($"<option value=\"Culture{suffix}\">文体服务{suffix}</option>", create.Html);
        Assert.Contains("文体服务" + suffix, activity.Html);
        Assert.Contains("AccessDenied", forbidden.Location);
    }
}
