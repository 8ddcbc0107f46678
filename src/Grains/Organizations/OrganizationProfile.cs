namespace VolunteerRecords.Grains.Organizations;

[GenerateSerializer, Immutable, Alias("vr.OrganizationProfile")]
public sealed record OrganizationProfile(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] OrganizationKind Kind,
    [property: Id(3)] string RegionCode,
    [property: Id(4)] OrganizationStatus Status,
    [property: Id(5)] DateTime RegisteredUtc);
