using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>What a client sends in its headers steers nothing: links, limits and audit lines come from the platform.</summary>
public sealed class SiteEdgeTests(AppFixture app)
{
    [Fact]
    public async Task A_personal_page_carries_a_script_free_policy_no_framing_no_sniffing_and_a_referrer_policy()
    {
        var (volunteer, _, _) = await app.SignedInVolunteerAsync("严冬");

        var page = await volunteer.GetAsync("/Volunteers/Me");
        var error = await volunteer.GetAsync("/Volunteers/Details/" + Guid.NewGuid());

        foreach (var response in new[] { page.Response, error.Response })
        {
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("default-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public async Task A_forged_host_header_does_not_steer_the_certificates_verification_link_or_qr_code()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "霍青");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 2, new DateTime(2026, 4, 11, 1, 0, 0, DateTimeKind.Utc));
        using var volunteer = await app.SignedInMemberAsync(member);
        var issued = await volunteer.SubmitAsync("/Volunteers/Me", [new("purpose", "Employment")], postPath: "/Volunteers/Me?handler=IssueCertificate");
        Assert.True(issued.Status == HttpStatusCode.Redirect, issued.Html);

        using var forged = new HttpRequestMessage(HttpMethod.Get, issued.Location);
        forged.Headers.Host = "evil.example";
        var response = await volunteer.Http.SendAsync(forged, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http://localhost:5080/Verify", html);
        Assert.DoesNotContain("evil.example", html);
    }
}
