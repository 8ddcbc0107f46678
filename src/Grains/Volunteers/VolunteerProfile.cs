using VolunteerRecords.Grains.Activities;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>What a volunteer or an authorised officer sees; identifiers come masked.</summary>
[GenerateSerializer, Immutable, Alias("vr.VolunteerProfile")]
public sealed record VolunteerProfile(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string VolunteerNumber,
    [property: Id(2)] string Name,
    [property: Id(3)] string MaskedPhone,
    [property: Id(4)] string Skills,
    [property: Id(5)] IReadOnlyList<ServiceCategory> Intentions,
    [property: Id(6)] DateTime RegisteredUtc);
