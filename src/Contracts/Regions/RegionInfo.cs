namespace VolunteerRecords.Grains.Regions;

/// <summary>One division of the city's tree as pages show it.</summary>
[GenerateSerializer, Immutable, Alias("vr.RegionInfo")]
public sealed record RegionInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string? ParentCode,
    [property: Id(3)] int Level);
