namespace VolunteerRecords.Grains.Activities;

/// <summary>What became of one attendance entry: certified minutes, or the rule that refused it.</summary>
[GenerateSerializer, Immutable, Alias("vr.AttendanceResult")]
public sealed record AttendanceResult(
    [property: Id(0)] Guid VolunteerId,
    [property: Id(1)] Guid SessionId,
    [property: Id(2)] int? Minutes,
    [property: Id(3)] string? ErrorCode,
    [property: Id(4)] Guid? RecordId = null);
