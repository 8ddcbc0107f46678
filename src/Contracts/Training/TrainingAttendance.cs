namespace VolunteerRecords.Grains.Training;

/// <summary>What became of one volunteer on the attendance list: confirmed, or the rule that refused it.</summary>
[GenerateSerializer, Immutable, Alias("vr.TrainingAttendance")]
public sealed record TrainingAttendance(
    [property: Id(0)] Guid VolunteerId,
    [property: Id(1)] bool Confirmed,
    [property: Id(2)] string? ErrorCode);
