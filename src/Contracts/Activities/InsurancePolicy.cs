namespace VolunteerRecords.Grains.Activities;

/// <summary>Personal accident insurance bought for the volunteers (A18.2); the dates are China Standard Time days.</summary>
[GenerateSerializer, Immutable, Alias("vr.InsurancePolicy")]
public sealed record InsurancePolicy(
    [property: Id(0)] string Insurer,
    [property: Id(1)] string PolicyNumber,
    [property: Id(2)] DateOnly CoverFrom,
    [property: Id(3)] DateOnly CoverTo);
