namespace VolunteerRecords.Grains.Activities;

[GenerateSerializer, Immutable, Alias("vr.ActivitySession")]
public sealed record ActivitySession(
    [property: Id(0)] Guid Id,
    [property: Id(1)] DateTime StartUtc,
    [property: Id(2)] DateTime EndUtc);
