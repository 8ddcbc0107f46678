namespace VolunteerRecords.Grains.Activities;

[GenerateSerializer, Immutable, Alias("vr.CreateActivityDraft")]
public sealed record CreateActivityDraft(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Category,
    [property: Id(3)] string Description,
    [property: Id(4)] string Place,
    [property: Id(5)] Guid? ProjectId = null,
    [property: Id(6)] Guid? BaseId = null);
