namespace VolunteerRecords.Storage.Memberships;

public sealed class MembershipEvent
{
    public long Id { get; init; }

    /// <summary>The change that produced this row; a retried change writes it once.</summary>
    public string OperationId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string Event { get; init; } = "";

    public string? Reason { get; init; }

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>Filled by the history query.</summary>
    public string? OrganizationName { get; init; }
}
