namespace VolunteerRecords.Storage.Teams;

/// <summary>A volunteer service team as lists show it; the team grain owns it.</summary>
public sealed class TeamRow
{
    public string Id { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Service-area codes, comma-separated.</summary>
    public string Intentions { get; init; } = "";

    public string LeaderId { get; init; } = "";

    public int MemberCount { get; init; }

    public DateTime CreatedUtc { get; init; }

    /// <summary>Filled by lists: the leader's display name.</summary>
    public string? LeaderName { get; init; }
}
