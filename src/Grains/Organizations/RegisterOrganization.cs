namespace VolunteerRecords.Grains.Organizations;

[GenerateSerializer, Immutable, Alias("vr.RegisterOrganization")]
public sealed record RegisterOrganization(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganizationKind Kind,
    [property: Id(2)] string RegionCode);
