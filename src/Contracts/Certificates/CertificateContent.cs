namespace VolunteerRecords.Grains.Certificates;

/// <summary>
/// A certificate as issued (办法 Art15): who, the masked ID number, the volunteer number, the hours and services in its
/// scope, the recording organizations and their persons in charge. Stored as JSON and never recomputed.
/// </summary>
public sealed record CertificateContent(
    string VolunteerName,
    string MaskedIdNumber,
    string VolunteerNumber,
    CertificatePurpose Purpose,
    DateOnly? From,
    DateOnly? To,
    string? OrganizationName,
    long TotalMinutes,
    IReadOnlyList<CertifiedServiceLine> Services,
    IReadOnlyList<RecordingOrganization> Organizations,
    DateOnly IssuedOn,
    string IssuedBy,
    Volunteers.Identity.IdDocumentType DocumentType = Volunteers.Identity.IdDocumentType.ResidentIdCard);
