namespace VolunteerRecords.Storage.Campaigns;

/// <summary>The list projection of a campaign grain.</summary>
public sealed class CampaignRow
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Volunteers, Projects or Organizations.</summary>
    public string Kind { get; init; } = "";

    public string? ScopeRegion { get; init; }

    public string? ScopeOrganization { get; init; }

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public int Places { get; init; }

    /// <summary>Once or Yearly.</summary>
    public string Schedule { get; init; } = "";

    public string CreatedByName { get; init; } = "";

    public DateTime CreatedUtc { get; init; }
}
