using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Jobs.Certificates;

/// <summary>What the certificate partial prints: the frozen content, its number and code, and the QR to verify it.</summary>
public sealed record CertificateView(CertificateRow Row, CertificateContent Content, string Code, string VerifyUrl, string QrDataUri);
