namespace VolunteerRecords.Grains.Stars;

/// <summary>A volunteer's star level as the portal and reviewers see it (A26).</summary>
/// <param name="Suspended">Registered status revoked: the star does not count until reinstatement (A18.4).</param>
/// <param name="ReviewDue">A correction took the hours below the level's threshold; a reviewer decides.</param>
/// <param name="NextThresholdHours">Null at the highest level.</param>
[GenerateSerializer, Immutable, Alias("vr.StarStanding")]
public sealed record StarStanding(
    [property: Id(0)] int Level,
    [property: Id(1)] int? PendingLevel,
    [property: Id(2)] bool Suspended,
    [property: Id(3)] bool ReviewDue,
    [property: Id(4)] int? NextThresholdHours,
    [property: Id(5)] decimal MissingHours,
    [property: Id(6)] bool MayApply);
