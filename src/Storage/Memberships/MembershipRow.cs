using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Storage.Memberships;

public sealed class MembershipRow
{
    public string VolunteerId { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public MembershipStatus Status { get; init; }

    public DateTime StatusSinceUtc { get; init; }

    public bool ShareRecords { get; init; }

    /// <summary>Filled by the list queries.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>Filled by the volunteer's list query.</summary>
    public string? OrganizationRegion { get; init; }

    /// <summary>Filled by the list queries.</summary>
    public string? VolunteerName { get; init; }

    /// <summary>Filled by the list queries.</summary>
    public string? VolunteerNumber { get; init; }
}
