using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PortalBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_volunteer_on_a_phone_applies_for_a_star_gets_it_issues_a_certificate_and_it_verifies_signed_out_A26()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("清河门区志愿者协会" + Random.Shared.Next(100, 999), "210905");
        var (adminName, adminPassword) = await fixture.Factory.CreateAccountAsync(Role.OrganizationAdmin, organizationId: organization);
        var (volunteerId, phone) = await MemberWithHoursAsync(organization, "林夏", 104);

        await using var phoneContext = await fixture.PhoneContextAsync();
        var volunteer = await fixture.SignedInDeskAsync(phoneContext, phone, "Volunteer2026");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "申请 1 星评定" }).ClickAsync();
        await volunteer.Locator(".notice").WaitForAsync();
        Assert.Contains("1 星评定申请审核中", await volunteer.Locator(".stars").InnerTextAsync());

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var admin = await fixture.SignedInDeskAsync(desk, adminName, adminPassword);
        await admin.GotoAsync($"/Volunteers/Details/{volunteerId}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "评定为 1 星" }).ClickAsync();
        await admin.Locator(".notice").WaitForAsync();

        await volunteer.ReloadAsync();
        Assert.Contains("1 星志愿者", await volunteer.Locator(".stars").InnerTextAsync());
        await fixture.ScreenshotAsync(volunteer, "portal-phone.png");
        await volunteer.GetByLabel("用途").SelectOptionAsync("SchoolAdmission");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "开具证明" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Certificates/View/**");
        var certificate = await volunteer.Locator("article.certificate").InnerTextAsync();
        var number = System.Text.RegularExpressions.Regex.Match(certificate, "FX\\d{14}").Value;
        var code = System.Text.RegularExpressions.Regex.Match(certificate, "验证码：([0-9A-F]{8})").Groups[1].Value;
        Assert.Contains("累计志愿服务时间 104 小时", certificate);
        await fixture.ScreenshotAsync(volunteer, "certificate-phone.png");

        var pdf = await volunteer.APIRequest.GetAsync(volunteer.Url + "/Pdf");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        await File.WriteAllBytesAsync(Path.Combine(fixture.ScreenshotDirectory, "certificate.pdf"), bytes, TestContext.Current.CancellationToken);
        // The Chinese text is real text in the PDF (fonts embedded with their Unicode map), not boxes or images.
        using (var document = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            Assert.Contains("林夏", text);
            Assert.Contains(number, text);
            Assert.Contains("累计志愿服务时间", text);
        }

        var printPage = await desk.NewPageAsync();
        await printPage.SetViewportSizeAsync(794, 1123);
        await printPage.EmulateMediaAsync(new() { Media = Media.Print });
        await printPage.GotoAsync($"/Certificates/View/{volunteer.Url.Split('/')[^1]}");
        await fixture.ScreenshotAsync(printPage, "certificate-pdf-page.png");

        await using var signedOut = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var verify = await signedOut.NewPageAsync();
        await verify.GotoAsync("/Verify");
        await verify.GetByLabel("证明编号").FillAsync(number);
        await verify.GetByLabel("验证码").FillAsync(code);
        await verify.GetByRole(AriaRole.Button, new() { Name = "核验" }).ClickAsync();
        Assert.Contains("该证明有效", await verify.Locator("[role=status]").InnerTextAsync());
        await fixture.ScreenshotAsync(verify, "certificate-verified.png");
    }

    private async Task<(Guid Id, string Phone)> MemberWithHoursAsync(Guid organization, string name, int hours)
    {
        var (id, phone) = await fixture.RegisteredVolunteerAsync(name, "210905");
        var recorder = new Actor("recorder", "记录员", Role.Recorder, null, organization, null);
        await fixture.Factory.Services.GetRequiredService<IGrainFactory>().Membership(id, organization).JoinAsync(new CommandContext(Guid.NewGuid(), recorder, null));
        await TestLedger.CertifyHoursAsync(fixture.Factory.Services, organization, id, hours, new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc));
        return (id, phone);
    }
}
