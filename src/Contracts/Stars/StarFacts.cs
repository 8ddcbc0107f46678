namespace VolunteerRecords.Grains.Stars;

/// <summary>Where a volunteer stands on the star ladder (A26): the level granted, the one applied for, and a review owed.</summary>
[GenerateSerializer, Immutable, Alias("vr.StarFacts")]
public sealed record StarFacts(
    [property: Id(0)] int Level,
    [property: Id(1)] int? PendingLevel,
    [property: Id(2)] bool ReviewDue)
{
    /// <summary>
    /// A new value each time: a state's default must never be one shared instance, as a storage serializer may fill
    /// the object it finds in place.
    /// </summary>
    public static StarFacts None => new(0, null, false);
}
