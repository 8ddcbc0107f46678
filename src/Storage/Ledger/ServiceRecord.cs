namespace VolunteerRecords.Storage.Ledger;

/// <summary>One row of the certified-hours ledger: an original certification or a correction of one.</summary>
public sealed class ServiceRecord
{
    public long Seq { get; init; }

    public string Id { get; init; } = "";

    public string OperationId { get; init; } = "";

    /// <summary>The original entry this row belongs to (its own id for an original).</summary>
    public string RootId { get; init; } = "";

    /// <summary>The row this one corrects; null for an original.</summary>
    public string? CorrectsId { get; init; }

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string? ActivityId { get; init; }

    public string? SessionId { get; init; }

    public DateTime? SessionStartUtc { get; init; }

    public DateTime? SessionEndUtc { get; init; }

    public string Category { get; init; } = "";

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }

    /// <summary>Travel and breaks, not counted (A13).</summary>
    public int DeductedMinutes { get; init; }

    /// <summary>Certified service time of this version of the entry.</summary>
    public int Minutes { get; init; }

    /// <summary>What this row changes the volunteer's total by: the minutes for an original, new minus old for a correction.</summary>
    public int DeltaMinutes { get; init; }

    public string Content { get; init; } = "";

    public string Place { get; init; } = "";

    public string ProofName { get; init; } = "";

    public string? ProofContact { get; init; }

    public string? ProofNote { get; init; }

    /// <summary>The photo of the sign-in sheet the time was certified from, if one was uploaded.</summary>
    public string? ProofPhotoId { get; init; }

    public string CertifiedById { get; init; } = "";

    public string CertifiedByName { get; init; } = "";

    public DateTime CertifiedUtc { get; init; }

    /// <summary>Why a correction was made.</summary>
    public string? Reason { get; init; }

    /// <summary>Service kept on paper before the organization used the platform, imported from its sheet afterwards.</summary>
    public bool EnteredAfterwards { get; init; }
}
