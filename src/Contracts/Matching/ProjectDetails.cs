namespace VolunteerRecords.Grains.Matching;

[GenerateSerializer, Immutable, Alias("vr.ProjectDetails")]
public sealed record ProjectDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] ProjectPlan Plan,
    [property: Id(2)] Guid? TeamId,
    [property: Id(3)] string Status,
    [property: Id(4)] string? Summary);
