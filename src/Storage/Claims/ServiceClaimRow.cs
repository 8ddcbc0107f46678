namespace VolunteerRecords.Storage.Claims;

/// <summary>A volunteer's claim of hours or request for a correction, with its decision once there is one.</summary>
public sealed class ServiceClaimRow
{
    public string Id { get; init; } = "";

    /// <summary>Stored by name.</summary>
    public Grains.Claims.ClaimKind Kind { get; init; }

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string? ActivityId { get; init; }

    public string? SessionId { get; init; }

    /// <summary>The certified entry a correction is for.</summary>
    public string? RootId { get; init; }

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }

    public int DeductedMinutes { get; init; }

    public string? ProofName { get; init; }

    public string? ProofContact { get; init; }

    public string? ProofNote { get; init; }

    public string? Reason { get; init; }

    public string FiledByName { get; init; } = "";

    public DateTime FiledUtc { get; init; }

    /// <summary>Filled by the query from the decision table: null while pending.</summary>
    public bool? Certified { get; init; }

    public string? DecisionNote { get; init; }

    public string? RecordId { get; init; }

    public string? DecidedByName { get; init; }

    public DateTime? DecidedUtc { get; init; }

    /// <summary>The activity's title, for lists.</summary>
    public string? ActivityTitle { get; init; }

    /// <summary>The volunteer's display name, for the recorder's queue.</summary>
    public string? VolunteerName { get; init; }

    public bool IsPending => Certified is null;
}
