using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Exports;

public sealed class ExportPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_city_bureau_exports_new_records_once_in_the_national_fields_and_downloads_them_again_A21_A23()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "=HYPERLINK(\"http://evil\")");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 3, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var (_, districtUser, districtPassword) = await app.Factory.CreateAccountWithIdAsync(Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(districtUser, districtPassword);

        var districtPage = await district.GetAsync("/Exports");
        var created = await city.SubmitAsync("/Exports", [], postPath: "/Exports?handler=Create");
        var list = await city.FollowAsync(created);
        var number = int.Parse(System.Text.RegularExpressions.Regex.Match(list.Html, "已生成第 (\\d+) 号导出").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var file = await city.GetAsync($"/Exports?handler=Download&number={number}&part=Records");
        var again = await city.GetAsync($"/Exports?handler=Download&number={number}&part=Records");
        var districtFile = await district.GetAsync($"/Exports?handler=Download&number={number}&part=Records");
        var next = await city.SubmitAsync("/Exports", [], postPath: "/Exports?handler=Create");
        var nextFile = next.Status == HttpStatusCode.Redirect ? (await city.GetAsync($"/Exports?handler=Download&number={number + 1}&part=Records")).Html : "";

        Assert.Contains("AccessDenied", districtPage.Location);
        Assert.Contains("AccessDenied", districtFile.Location);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        Assert.Equal("text/csv", file.Response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("记录编号,更正的记录编号,志愿者编号,志愿者姓名,活动名称,服务类别,服务日期", file.Html.TrimStart('\uFEFF'));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", file.Html);
        Assert.Contains(",社区服务,2025-03-02,2025-03-02 08:00,2025-03-02 11:00,海州区,社区服务,3,3,", file.Html);
        Assert.Equal(file.Html, again.Html);
        Assert.DoesNotContain("evil", nextFile);
        var downloads = await app.Factory.Services.GetRequiredService<VolunteerRecords.Storage.Audit.IAuditLog>().QueryAsync(
            new VolunteerRecords.Storage.Audit.AuditQuery(Action: "export.downloaded", SubjectId: number.ToString(System.Globalization.CultureInfo.InvariantCulture)), TestContext.Current.CancellationToken);
        Assert.Equal(2, downloads.Total);
    }
}
