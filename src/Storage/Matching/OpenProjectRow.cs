namespace VolunteerRecords.Storage.Matching;

/// <summary>A project waiting for a team, with what its need says about area, region and skills (null without a need).</summary>
public sealed class OpenProjectRow
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string? OrganizationName { get; init; }

    public string? Category { get; init; }

    public string? RegionCode { get; init; }

    public string? Skills { get; init; }

    public string? Recipient { get; init; }
}
