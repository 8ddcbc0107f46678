using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Claims;

/// <summary>A volunteer's own account of a session they attended, with the proof a recorder checks (A13, A21).</summary>
[GenerateSerializer, Immutable, Alias("vr.HoursClaim")]
public sealed record HoursClaim(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] DateTime StartUtc,
    [property: Id(2)] DateTime EndUtc,
    [property: Id(3)] int DeductedMinutes,
    [property: Id(4)] ServiceProof Proof);
