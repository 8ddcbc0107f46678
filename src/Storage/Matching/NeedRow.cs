namespace VolunteerRecords.Storage.Matching;

/// <summary>A published service need (A19.1) as the public list shows it.</summary>
public sealed class NeedRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>Who needs the service: a community, a school, a care home.</summary>
    public string Recipient { get; init; } = "";

    public string Place { get; init; } = "";

    public string RegionCode { get; init; } = "";

    public string Category { get; init; } = "";

    public int Volunteers { get; init; }

    public string Skills { get; init; } = "";

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }

    /// <summary>Open, or Taken once an organization turned it into a project.</summary>
    public string Status { get; init; } = "";

    public DateTime PublishedUtc { get; init; }

    public string? OrganizationName { get; init; }
}
