namespace VolunteerRecords.Grains.Memberships;

[GenerateSerializer, Immutable, Alias("vr.MembershipInfo")]
public sealed record MembershipInfo(
    [property: Id(0)] Guid VolunteerId,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] MembershipStatus Status,
    [property: Id(3)] DateTime? SinceUtc,
    [property: Id(4)] bool ShareRecords);
