namespace VolunteerRecords.Grains.Organizations;

/// <summary>What may change after registration; kind and region stay (a move is a new registration).</summary>
[GenerateSerializer, Immutable, Alias("vr.UpdateOrganization")]
public sealed record UpdateOrganization(
    [property: Id(0)] string Name,
    [property: Id(1)] string? CreditCode,
    [property: Id(2)] string ContactName,
    [property: Id(3)] string ContactPhone);
