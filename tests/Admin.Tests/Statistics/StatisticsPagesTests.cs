using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Jobs.Reports;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Admin.Tests.Statistics;

public sealed class StatisticsPagesTests(AppFixture app)
{
    [Fact]
    public async Task An_organization_sees_its_figures_keeps_a_report_and_downloads_it_as_excel_and_csv_with_formulas_neutralised_A21_A28()
    {
        var organization = await app.RegisterOrganizationAsync(name: "=SUM(A1)互助会");
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "温暖");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 25, new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        await TestLedger.FoldStatisticsAsync(app.Factory.Services);

        var page = await admin.GetAsync("/Statistics?from=2026-03&to=2026-03");
        var badMonths = await admin.GetAsync("/Statistics?from=2026-05&to=2026-03");
        var kept = await admin.SubmitAsync("/Statistics?from=2026-03&to=2026-03", [], postPath: "/Statistics?handler=Save&from=2026-03&to=2026-03");
        var list = await admin.FollowAsync(kept);
        var id = System.Text.RegularExpressions.Regex.Match(list.Html, "id=([^&\"]+)&amp;format=xlsx").Groups[1].Value;
        var excel = await admin.Http.GetAsync($"/Statistics?handler=Download&id={id}&format=xlsx", TestContext.Current.CancellationToken);
        var csv = await admin.GetAsync($"/Statistics?handler=Download&id={id}&format=csv");
        using var other = await app.SignedInStaffAsync(Role.OrganizationAdmin, await app.RegisterOrganizationAsync());
        var stranger = await other.GetAsync($"/Statistics?handler=Download&id={id}&format=csv");

        Assert.True(page.Status == HttpStatusCode.OK, page.Html);
        Assert.Contains("data-test=\"hours\">25<", page.Html);
        Assert.Contains("data-test=\"active\">1<", page.Html);
        Assert.Contains("<svg", page.Html);
        Assert.Contains("统计月份不正确", badMonths.Html);
        Assert.Equal(HttpStatusCode.Redirect, kept.Status);
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        await using var workbook = new MemoryStream(await excel.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var sheets = workbook.GetSheetNames();
        Assert.Equal(["概况", "服务类别", "星级分布", "年龄段", "各组织"], sheets);
        var summary = workbook.Query(useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("'=SUM(A1)互助会", summary[0]["数值"]);
        Assert.Equal(25d, Convert.ToDouble(summary.Single(r => (string)r["项目"] == "认定服务时长（小时）")["数值"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("范围,'=SUM(A1)互助会", csv.Html);
        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
        var downloads = await app.Factory.Services.GetRequiredService<VolunteerRecords.Storage.Audit.IAuditLog>().QueryAsync(
            new VolunteerRecords.Storage.Audit.AuditQuery(Action: "report.downloaded", SubjectId: Uri.UnescapeDataString(id)), TestContext.Current.CancellationToken);
        Assert.Equal(2, downloads.Total);
    }

    [Fact]
    public async Task The_recurring_report_job_keeps_one_report_per_region_and_period_however_often_it_runs_A28()
    {
        using var scope = app.Factory.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<ReportJob>(scope.ServiceProvider);
        var statistics = scope.ServiceProvider.GetRequiredService<IStatisticsStore>();

        await job.GenerateAsync(ReportKind.Yearly, TestContext.Current.CancellationToken);
        await job.GenerateAsync(ReportKind.Yearly, TestContext.Current.CancellationToken);

        var yearly = (await statistics.ListReportsAsync(null, null, 500, TestContext.Current.CancellationToken)).Where(r => r.Kind == "Yearly").ToList();
        Assert.Equal(8, yearly.Count);
        Assert.Equal(8, yearly.Select(r => r.ScopeRegion).Distinct().Count());
        Assert.Contains(yearly, r => r.ScopeName == "阜新市");
    }
}
