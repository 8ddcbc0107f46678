using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Admin.Certificates;

/// <summary>Builds what a certificate page prints from the stored snapshot: nothing is recomputed from today's records.</summary>
public sealed class CertificateViews(PersonalDataProtector keys, IOptions<CertificateOptions> options)
{
    /// <summary>The address the QR code points at: the configured public one, else the one the user reached.</summary>
    public string Origin(HttpRequest request) => options.Value.PublicOrigin ?? $"{request.Scheme}://{request.Host}";

    /// <param name="origin">From <see cref="Origin"/> of the user's request: Chromium reaches the print page on the loopback.</param>
    public CertificateView Build(CertificateRow row, string origin)
    {
        var content = JsonSerializer.Deserialize<CertificateContent>(row.Snapshot)
            ?? throw new InvalidOperationException($"Certificate {row.Id} has no content.");
        var code = CertificateCodes.Derive(keys, row.Id);
        var verify = CertificateVerification.Url(origin, row.Number, code);
        return new CertificateView(row, content, code, verify, CertificateQr.PngDataUri(verify));
    }
}
