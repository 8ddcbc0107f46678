namespace VolunteerRecords.Grains.Organizations;

/// <param name="CreditCode">统一社会信用代码, where the organization has one (teams and stations often do not).</param>
[GenerateSerializer, Immutable, Alias("vr.RegisterOrganization")]
public sealed record RegisterOrganization(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganizationKind Kind,
    [property: Id(2)] string RegionCode,
    [property: Id(3)] string? CreditCode = null,
    [property: Id(4)] string ContactName = "",
    [property: Id(5)] string ContactPhone = "");
