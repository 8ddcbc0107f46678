namespace VolunteerRecords.Storage.Corrections;

public sealed class CorrectionRequest
{
    public string Id { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Field { get; init; } = "";

    public string Message { get; init; } = "";

    public string RequestedByName { get; init; } = "";

    public DateTime RequestedUtc { get; init; }

    public DateTime? ResolvedUtc { get; init; }

    /// <summary>Filled by the list query.</summary>
    public string? OrganizationName { get; init; }
}
