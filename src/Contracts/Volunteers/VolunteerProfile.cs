using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// What a volunteer or an authorised officer sees; identifiers come masked. <see cref="LedgerPosition"/> is the last
/// ledger row counted in her total: it changes with every row of hers, so whatever is derived from her rows can be
/// kept as long as it stays the same.
/// </summary>
[GenerateSerializer, Immutable, Alias("vr.VolunteerProfile")]
public sealed record VolunteerProfile(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string VolunteerNumber,
    [property: Id(2)] string Name,
    [property: Id(3)] IdDocumentType DocumentType,
    [property: Id(4)] string MaskedDocumentNumber,
    [property: Id(5)] Sex Sex,
    [property: Id(6)] DateOnly BirthDate,
    [property: Id(7)] string ResidenceRegionCode,
    [property: Id(8)] string MaskedPhone,
    [property: Id(9)] string Skills,
    [property: Id(10)] IReadOnlyList<string> Intentions,
    [property: Id(11)] VolunteerStatus Status,
    [property: Id(12)] int Warnings,
    [property: Id(13)] bool DiscloseToThirdParties,
    [property: Id(14)] string? GuardianName,
    [property: Id(15)] string? GuardianRelation,
    [property: Id(16)] RegistrationChannel Channel,
    [property: Id(17)] DateTime RegisteredUtc,
    [property: Id(18)] long CertifiedMinutes = 0,
    [property: Id(19)] Stars.StarStanding? Star = null,
    [property: Id(20)] bool NameIsPublic = false,
    [property: Id(21)] long LedgerPosition = 0);
