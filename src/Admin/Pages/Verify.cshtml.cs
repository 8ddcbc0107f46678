using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Jobs.Certificates;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Admin.Pages;

/// <summary>
/// Anyone holding a certificate checks it here, signed in or not: valid, revoked or unknown, with only what is needed
/// to compare against the paper. Attempts are limited per address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CertificateVerification.RateLimitPolicy)]
public sealed class VerifyModel(ICertificateStore certificates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null until something was asked.</summary>
    public CertificateRow? Found { get; private set; }

    public CertificateContent? Certificate { get; private set; }

    public bool Asked { get; private set; }

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(Number) || string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        Asked = true;
        // A wrong code answers exactly as an unknown number does: the page never confirms a number on its own.
        var row = Number.Trim().Length <= 32 ? await certificates.FindByNumberAsync(Number.Trim().ToUpperInvariant()) : null;
        Found = row is not null && CertificateCodes.Matches(Code, row.CodeHash) ? row : null;
        Certificate = Found is null ? null : JsonSerializer.Deserialize<CertificateContent>(Found.Snapshot);
    }
}
