namespace VolunteerRecords.Storage.Regions;

public sealed class RegionRecord
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? ParentCode { get; init; }

    public int Level { get; init; }
}
