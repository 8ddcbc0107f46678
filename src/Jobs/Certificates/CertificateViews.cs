using System.Text.Json;
using Microsoft.Extensions.Options;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Imaging;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Jobs.Certificates;

/// <summary>Builds what a certificate page prints from the stored snapshot: nothing is recomputed from today's records.</summary>
public sealed class CertificateViews(PersonalDataProtector keys, IOptions<CertificateOptions> options)
{
    /// <summary>The configured public address the QR code points at; never the request's Host, which the sender chooses.</summary>
    public string Origin => options.Value.PublicOrigin!.TrimEnd('/');

    /// <param name="origin"><see cref="Origin"/>, carried to the print page that Chromium reaches on the loopback.</param>
    public CertificateView Build(CertificateRow row, string origin)
    {
        var content = JsonSerializer.Deserialize<CertificateContent>(row.Snapshot)
            ?? throw new InvalidOperationException($"Certificate {row.Id} has no content.");
        var code = CertificateCodes.Derive(keys, row.Id);
        var verify = CertificateVerification.Url(origin, row.Number, code);
        return new CertificateView(row, content, code, verify, QrImage.PngDataUri(verify));
    }
}
