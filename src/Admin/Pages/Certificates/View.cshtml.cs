using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Jobs.Certificates;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Admin.Pages.Certificates;

/// <summary>
/// A certificate on screen, to print or download as PDF: for the volunteer and the staff who may see them; for anyone
/// else it does not exist (A5.6, A23).
/// </summary>
[Authorize]
[EnableRateLimiting(RateLimitPolicies.CertificatePdf)]
public sealed class ViewModel(
    IGrainFactory grains,
    ICertificateStore certificates,
    CertificateViews views,
    CertificatePdf pdf,
    IDataProtectionProvider protection,
    IServer server,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CertificateView? Certificate { get; private set; }

    /// <summary>An organization's admin or a bureau may revoke; the grain checks it again.</summary>
    public bool CanRevoke { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // The token carries the origin the user reached, so the printed QR code does not point at the loopback.
        var token = protection.CreateProtector(PrintModel.Purpose).ToTimeLimitedDataProtector()
            .Protect(PrintModel.Payload(id, views.Origin), TimeSpan.FromMinutes(2));
        var printed = OwnAddress() is { } address
            ? await pdf.PrintAsync(new Uri(address, $"/Certificates/Print/{id}?token={Uri.EscapeDataString(token)}"), HttpContext.RequestAborted)
            : null;
        if (printed is null)
        {
            ModelState.AddModelError("", localizer["Certificate.PdfUnavailable"]);
            return Page();
        }

        return File(printed, "application/pdf", Certificate!.Row.Number + ".pdf");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await grains.GetGrain<IVolunteerCertificatesGrain>(Guid.Parse(Certificate!.Row.VolunteerId))
            .RevokeAsync(id, reason ?? "", HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["Certificate.RevokedDone"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var row = await certificates.FindAsync(id.ToString());
        var actor = User.ToActor();
        if (row is null)
        {
            return false;
        }

        // The certificate lists the records it certifies: it opens only where those records may be seen (A23, A24).
        var visibility = await grains.GetGrain<IRecordBookGrain>(Guid.Parse(row.VolunteerId)).RecordVisibilityAsync(HttpContext.CommandContext(Guid.NewGuid()));
        if (visibility is null || !visibility.OpensCertificate(row.HeldBy))
        {
            return false;
        }

        Certificate = views.Build(row, views.Origin);
        CanRevoke = !row.IsRevoked && (actor.IsBureau || (actor.Role == Role.OrganizationAdmin && row.HeldBy.Contains(actor.OrganizationId?.ToString())));
        return true;
    }

    /// <summary>Where Chromium reaches this node: the listening address, on the loopback when it listens on all.</summary>
    private Uri? OwnAddress()
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (listening is null || !Uri.TryCreate(listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var address))
        {
            return null;
        }

        return address.Host is "0.0.0.0" or "[::]" or "::" ? new UriBuilder(address) { Host = "127.0.0.1" }.Uri : address;
    }
}
