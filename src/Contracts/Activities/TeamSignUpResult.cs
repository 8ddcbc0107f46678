namespace VolunteerRecords.Grains.Activities;

/// <summary>One team member's place after a group sign-up, or the rule that kept them out.</summary>
[GenerateSerializer, Immutable, Alias("vr.TeamSignUpResult")]
public sealed record TeamSignUpResult(
    [property: Id(0)] Guid VolunteerId,
    [property: Id(1)] ParticipantStatus? Status,
    [property: Id(2)] string? ErrorCode);
