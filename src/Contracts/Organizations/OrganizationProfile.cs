namespace VolunteerRecords.Grains.Organizations;

[GenerateSerializer, Immutable, Alias("vr.OrganizationProfile")]
public sealed record OrganizationProfile(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganizationKind Kind,
    [property: Id(3)] string RegionCode,
    [property: Id(4)] OrganizationStatus Status,
    [property: Id(5)] DateTime RegisteredUtc,
    [property: Id(6)] string? CreditCode = null,
    [property: Id(7)] string ContactName = "",
    [property: Id(8)] string ContactPhone = "",
    [property: Id(9)] string? StatusReason = null);
