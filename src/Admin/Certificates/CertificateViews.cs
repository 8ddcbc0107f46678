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
    public CertificateView Build(CertificateRow row, HttpRequest request)
    {
        var content = JsonSerializer.Deserialize<CertificateContent>(row.Snapshot)
            ?? throw new InvalidOperationException($"Certificate {row.Id} has no content.");
        var code = CertificateCodes.Derive(keys, row.Id);
        var origin = options.Value.PublicOrigin ?? $"{request.Scheme}://{request.Host}";
        var verify = CertificateVerification.Url(origin, row.Number, code);
        return new CertificateView(row, content, code, verify, CertificateQr.PngDataUri(verify));
    }
}
