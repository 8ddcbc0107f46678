namespace VolunteerRecords.Grains.Training;

/// <summary>A training for an organization's volunteers (A14): what, by whom, when, how long, and its A15 topics.</summary>
[GenerateSerializer, Immutable, Alias("vr.ScheduleTraining")]
public sealed record ScheduleTraining(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Content,
    [property: Id(3)] string Provider,
    [property: Id(4)] DateOnly HeldOn,
    [property: Id(5)] int DurationMinutes,
    [property: Id(6)] IReadOnlyList<TrainingTopic> Topics);
