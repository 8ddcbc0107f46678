using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Certificates;

/// <summary>A volunteer's certificates of service (A5.5, A25; 办法 Art14-17), keyed by her id.</summary>
[Alias("vr.IVolunteerCertificatesGrain")]
public interface IVolunteerCertificatesGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Issues a certificate of service, free and at once (A25): by the volunteer, or by an organization for its member.
    /// The content is frozen at issue; the code comes back once, for printing.
    /// </summary>
    [Alias("Issue")]
    Task<IssuedCertificate> IssueAsync(CertificateRequest request, CommandContext context);

    /// <summary>Revokes a certificate (its hours were corrected, say), with the reason; the volunteer can issue a new one.</summary>
    [Alias("Revoke")]
    Task RevokeAsync(Guid certificateId, string reason, CommandContext context);
}
