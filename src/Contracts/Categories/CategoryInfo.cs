namespace VolunteerRecords.Grains.Categories;

/// <summary>A service area as lists and rules see it.</summary>
[GenerateSerializer, Immutable, Alias("vr.CategoryInfo")]
public sealed record CategoryInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string NameZh,
    [property: Id(2)] string NameEn,
    [property: Id(3)] bool BuiltIn);
