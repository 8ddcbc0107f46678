using VolunteerRecords.Grains.Activities;

namespace VolunteerRecords.Grains.Volunteers;

/// <param name="PasswordHash">Already hashed by the caller; the plain password never reaches a grain.</param>
[GenerateSerializer, Immutable, Alias("vr.RegisterVolunteer")]
public sealed record RegisterVolunteer(
    [property: Id(0)] string Name,
    [property: Id(1)] string Phone,
    [property: Id(2)] string PasswordHash,
    [property: Id(3)] string Skills,
    [property: Id(4)] IReadOnlyList<ServiceCategory> Intentions);
