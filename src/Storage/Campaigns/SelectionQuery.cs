namespace VolunteerRecords.Storage.Campaigns;

/// <summary>A round's criteria as the selection query takes them; the campaign grain decides what they are.</summary>
public sealed record SelectionQuery
{
    public string CampaignId { get; init; } = "";

    public int Round { get; init; }

    /// <summary>Volunteers, Projects or Organizations.</summary>
    public string Kind { get; init; } = "";

    public DateTime FromUtc { get; init; }

    public DateTime ToUtc { get; init; }

    /// <summary>Only hours certified by organizations whose region code starts with this.</summary>
    public string? RegionPrefix { get; init; }

    /// <summary>Only hours certified by this organization.</summary>
    public string? OrganizationId { get; init; }

    public long MinMinutes { get; init; }

    public int MinStarLevel { get; init; }

    public bool NoUpheldComplaint { get; init; }

    public double? MinEvaluation { get; init; }

    /// <summary>How many ranked candidates are kept for the reviewer.</summary>
    public int Keep { get; init; }
}
