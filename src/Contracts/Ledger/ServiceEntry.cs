namespace VolunteerRecords.Grains.Ledger;

/// <summary>One volunteer's service in one session, as a recorder certifies it (A13, A21).</summary>
/// <param name="SessionStartUtc">The session's bounds: certified time never exceeds them.</param>
/// <param name="DeductedMinutes">Travel and breaks inside the attended time, which do not count (A13).</param>
[GenerateSerializer, Immutable, Alias("vr.ServiceEntry")]
public sealed record ServiceEntry(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] Guid? ActivityId,
    [property: Id(2)] Guid? SessionId,
    [property: Id(3)] DateTime? SessionStartUtc,
    [property: Id(4)] DateTime? SessionEndUtc,
    [property: Id(5)] string Category,
    [property: Id(6)] DateTime StartUtc,
    [property: Id(7)] DateTime EndUtc,
    [property: Id(8)] int DeductedMinutes,
    [property: Id(9)] string Content,
    [property: Id(10)] string Place,
    [property: Id(11)] ServiceProof Proof,
    [property: Id(12)] bool EnteredAfterwards = false);
