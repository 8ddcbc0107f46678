using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Jobs.Certificates;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Admin.Pages.Certificates;

/// <summary>
/// The certificate alone, for Chromium to print to PDF. It carries no session, so it takes a token the certificate
/// page issued for this certificate, valid for two minutes.
/// </summary>
[AllowAnonymous]
public sealed class PrintModel(ICertificateStore certificates, CertificateViews views, IDataProtectionProvider protection) : PageModel
{
    public const string Purpose = "certificate-print";

    public static string Payload(Guid id, string origin) => id + "|" + origin;

    public CertificateView? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? token)
    {
        string origin;
        try
        {
            var payload = token is null ? "" : protection.CreateProtector(Purpose).ToTimeLimitedDataProtector().Unprotect(token);
            var separator = payload.IndexOf('|', StringComparison.Ordinal);
            if (separator < 0 || payload[..separator] != id.ToString())
            {
                return NotFound();
            }

            origin = payload[(separator + 1)..];
        }
        catch (CryptographicException)
        {
            return NotFound();
        }

        var row = await certificates.FindAsync(id.ToString());
        if (row is null)
        {
            return NotFound();
        }

        Certificate = views.Build(row, origin);
        return Page();
    }
}
