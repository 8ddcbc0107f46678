namespace VolunteerRecords.Grains.Activities;

[GenerateSerializer, Immutable, Alias("vr.ActivityDetails")]
public sealed record ActivityDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] string Title,
    [property: Id(3)] ServiceCategory Category,
    [property: Id(4)] string Description,
    [property: Id(5)] string Place,
    [property: Id(6)] ActivityStatus Status,
    [property: Id(7)] DateTime CreatedUtc);
