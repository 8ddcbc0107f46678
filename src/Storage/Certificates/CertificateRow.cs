namespace VolunteerRecords.Storage.Certificates;

/// <summary>An issued certificate: what it covers, frozen at issue, and whether it was revoked since.</summary>
public sealed class CertificateRow
{
    public string Id { get; init; } = "";

    /// <summary>Printed on the certificate and asked for by the verification page.</summary>
    public string Number { get; init; } = "";

    /// <summary>SHA-256 of the verification code printed beside the number; the code itself is never stored.</summary>
    public string CodeHash { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string Purpose { get; init; } = "";

    public DateOnly? PeriodFrom { get; init; }

    public DateOnly? PeriodTo { get; init; }

    public string? OrganizationId { get; init; }

    /// <summary>The organizations whose records it lists, comma-separated; null on certificates issued before this was kept.</summary>
    public string? OrganizationIds { get; init; }

    public IReadOnlyList<string> HeldBy =>
        OrganizationIds is { Length: > 0 } ids ? ids.Split(',') : OrganizationId is { } only ? [only] : [];

    public long TotalMinutes { get; init; }

    /// <summary>The certificate's content as issued (JSON): read back, never recomputed.</summary>
    public string Snapshot { get; init; } = "";

    public string IssuedByName { get; init; } = "";

    public DateTime IssuedUtc { get; init; }

    public string? RevokedReason { get; init; }

    public DateTime? RevokedUtc { get; init; }

    public bool IsRevoked => RevokedUtc is not null;
}
