using VolunteerRecords.Grains.SpotChecks;

namespace VolunteerRecords.Storage.SpotChecks;

/// <summary>One entry drawn for a check, as certified, with the last thing said of it.</summary>
public sealed class SpotCheckItemRow
{
    public string CheckId { get; init; } = "";

    public string RootId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string OrganizationName { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string VolunteerName { get; init; } = "";

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }

    public int Minutes { get; init; }

    public string Content { get; init; } = "";

    public string ProofName { get; init; } = "";

    public SpotCheckVerdict? LastVerdict { get; init; }

    public string? LastNote { get; init; }

    public string? LastByName { get; init; }

    /// <summary>The question the organization answers (the latest one), when the entry was questioned.</summary>
    public string? Question { get; init; }
}
