namespace VolunteerRecords.Storage.Sanctions;

public sealed class SanctionRecord
{
    public long Id { get; init; }

    /// <summary>The change that produced this row; a retried change writes it once.</summary>
    public string OperationId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    /// <summary>Warning, Revocation or Reinstatement.</summary>
    public string Kind { get; init; } = "";

    public string Reason { get; init; } = "";

    public string? OrganizationId { get; init; }

    public string DecidedById { get; init; } = "";

    public string DecidedByName { get; init; } = "";

    public DateTime AtUtc { get; init; }
}
