namespace VolunteerRecords.Grains.Activities;

[GenerateSerializer, Immutable, Alias("vr.SignUpResult")]
public sealed record SignUpResult(
    [property: Id(0)] ParticipantStatus Status,
    [property: Id(1)] DateTime AcceptedUtc);
