namespace VolunteerRecords.Storage.Organizations;

/// <summary>The list-and-search projection of an organization grain; the grain is the source of truth.</summary>
public sealed class OrganizationRow
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    public string Kind { get; init; } = "";

    public string RegionCode { get; init; } = "";

    public string? RegionName { get; init; }

    /// <summary>Stored by name, as the lists' queries read it.</summary>
    public Grains.Organizations.OrganizationStatus Status { get; init; }

    /// <summary>统一社会信用代码, where the organization has one.</summary>
    public string? CreditCode { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; init; }
}
