namespace VolunteerRecords.Grains.Training;

[GenerateSerializer, Immutable, Alias("vr.TrainingDetails")]
public sealed record TrainingDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Content,
    [property: Id(4)] string Provider,
    [property: Id(5)] DateOnly HeldOn,
    [property: Id(6)] int DurationMinutes,
    [property: Id(7)] IReadOnlyList<TrainingTopic> Topics,
    [property: Id(8)] int Attendees);
