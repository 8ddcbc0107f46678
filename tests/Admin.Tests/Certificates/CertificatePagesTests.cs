using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Certificates;

public sealed partial class CertificatePagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_issues_a_certificate_anyone_can_verify_and_the_organization_revokes_it_A25()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "谷雨");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 3, new DateTime(2026, 4, 11, 1, 0, 0, DateTimeKind.Utc));
        using var volunteer = await app.SignedInMemberAsync(member);
        var (stranger, _, _) = await app.SignedInVolunteerAsync("路人甲");
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);
        using var anyone = app.NewClient();

        var future = await volunteer.SubmitAsync("/Volunteers/Me", [new("purpose", "Employment"), new("to", "2099-01-01")], postPath: "/Volunteers/Me?handler=IssueCertificate");
        var issued = await volunteer.SubmitAsync("/Volunteers/Me", [new("purpose", "Employment")], postPath: "/Volunteers/Me?handler=IssueCertificate");
        var certificatePath = issued.Location!;
        var certificate = await volunteer.GetAsync(certificatePath);
        var number = NumberPattern().Match(certificate.Html).Value;
        var code = CodePattern().Match(certificate.Html).Groups[1].Value;
        var strangersLook = await stranger.GetAsync(certificatePath);
        var certificateId = Guid.Parse(certificatePath.Split('/')[^1]);
        var token = app.Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("certificate-print").ToTimeLimitedDataProtector()
            .Protect(certificateId + "|https://records.example", TimeSpan.FromMinutes(2));
        var printed = await anyone.GetAsync($"/Certificates/Print/{certificateId}?token={Uri.EscapeDataString(token)}");
        var forgedToken = await anyone.GetAsync($"/Certificates/Print/{certificateId}?token=forged");
        var valid = await anyone.GetAsync($"/Verify?number={number}&code={code.ToLowerInvariant()}");
        var forged = await anyone.GetAsync($"/Verify?number={number}&code=ABCDEF12");
        await admin.SubmitAsync(certificatePath, [new("reason", "服务时间已更正，请重新开具")], postPath: certificatePath + "/Revoke");
        var revoked = await anyone.GetAsync($"/Verify?number={number}&code={code}");
        var mine = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Contains("统计期间无效", future.Html);
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        Assert.Contains("志愿服务证明", certificate.Html);
        Assert.Contains("累计志愿服务时间 3 小时", certificate.Html);
        Assert.Contains("data:image/png;base64,", certificate.Html);
        Assert.Equal(HttpStatusCode.NotFound, strangersLook.Status);
        Assert.Contains("https://records.example/Verify", printed.Html);
        Assert.Equal(HttpStatusCode.NotFound, forgedToken.Status);
        Assert.Contains("该证明有效", valid.Html);
        Assert.Contains("谷*", valid.Html);
        Assert.DoesNotContain("谷雨", valid.Html);
        Assert.Contains("未找到与该编号和验证码相符的证明", forged.Html);
        Assert.Contains("该证明已于", revoked.Html);
        Assert.Contains("已作废", mine.Html);

    }

    [Fact]
    public async Task An_organization_issues_a_certificate_for_its_member_and_another_volunteers_page_is_not_found_A25()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "白露");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 2, new DateTime(2026, 6, 1, 1, 0, 0, DateTimeKind.Utc));
        var (other, _, _) = await app.SignedInVolunteerAsync("秋分");

        var issued = await recorder.SubmitAsync(member.DetailsPath, [new("purpose", "Enlistment")], postPath: member.DetailsPath + "?handler=IssueCertificate");
        var certificate = await recorder.GetAsync(issued.Location!);
        var othersPage = await other.GetAsync(member.DetailsPath);
        var memberPage = await recorder.GetAsync(member.DetailsPath);

        Assert.Contains("/Certificates/View/", issued.Location);
        Assert.Contains("本证明用于：入伍。", certificate.Html);
        Assert.Contains("累计志愿服务时间 2 小时", certificate.Html);
        Assert.Equal(HttpStatusCode.NotFound, othersPage.Status);
        Assert.Contains(issued.Location!, memberPage.Html);
    }

    [GeneratedRegex("FX\\d{14}")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("验证码：([0-9A-F]{8})")]
    private static partial Regex CodePattern();
}
