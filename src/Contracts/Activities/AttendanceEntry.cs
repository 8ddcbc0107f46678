using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Activities;

/// <summary>One volunteer's attendance of one session as the recorder enters it (A13, A21).</summary>
[GenerateSerializer, Immutable, Alias("vr.AttendanceEntry")]
public sealed record AttendanceEntry(
    [property: Id(0)] Guid VolunteerId,
    [property: Id(1)] Guid SessionId,
    [property: Id(2)] DateTime StartUtc,
    [property: Id(3)] DateTime EndUtc,
    [property: Id(4)] int DeductedMinutes,
    [property: Id(5)] ServiceProof Proof,
    [property: Id(6)] string? Content = null);
