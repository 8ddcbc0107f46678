namespace VolunteerRecords.Grains.Campaigns;

[GenerateSerializer, Immutable, Alias("vr.RoundSummary")]
public sealed record RoundSummary(
    [property: Id(0)] int Number,
    [property: Id(1)] DateOnly PeriodFrom,
    [property: Id(2)] DateOnly PeriodTo,
    [property: Id(3)] RoundStatus Status);
