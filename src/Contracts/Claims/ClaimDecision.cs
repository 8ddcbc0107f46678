namespace VolunteerRecords.Grains.Claims;

/// <summary>A recorder's answer to a claim: certify it as asked, or reject it with the reason the volunteer will read.</summary>
[GenerateSerializer, Immutable, Alias("vr.ClaimDecision")]
public sealed record ClaimDecision(
    [property: Id(0)] Guid ClaimId,
    [property: Id(1)] bool Certify,
    [property: Id(2)] string? Note);
