namespace VolunteerRecords.Grains.Certificates;

/// <summary>What the certificate covers: a purpose, optionally a period (China dates, inclusive) and one organization.</summary>
[GenerateSerializer, Immutable, Alias("vr.CertificateRequest")]
public sealed record CertificateRequest(
    [property: Id(0)] CertificatePurpose Purpose,
    [property: Id(1)] DateOnly? From,
    [property: Id(2)] DateOnly? To,
    [property: Id(3)] Guid? OrganizationId);
