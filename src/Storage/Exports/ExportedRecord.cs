namespace VolunteerRecords.Storage.Exports;

/// <summary>A certified ledger row in the national field list (办法 Art5-10); a correction names the row it replaces.</summary>
public sealed class ExportedRecord
{
    public string Id { get; init; } = "";

    public string? CorrectsId { get; init; }

    public string VolunteerNumber { get; init; } = "";

    public string VolunteerName { get; init; } = "";

    public string? ActivityTitle { get; init; }

    public string Category { get; init; } = "";

    public DateTime StartUtc { get; init; }

    public DateTime EndUtc { get; init; }

    public string Place { get; init; } = "";

    public string Content { get; init; } = "";

    public int Minutes { get; init; }

    public int DeltaMinutes { get; init; }

    public string OrganizationName { get; init; } = "";

    public string ProofName { get; init; } = "";

    public string CertifiedByName { get; init; } = "";

    public DateTime CertifiedUtc { get; init; }

    public string? Reason { get; init; }
}
