namespace VolunteerRecords.Grains.Bureaus;

/// <param name="PasswordHash">Already hashed by the caller; the person replaces it at first sign-in.</param>
[GenerateSerializer, Immutable, Alias("vr.CreateBureauAccount")]
public sealed record CreateBureauAccount(
    [property: Id(0)] string UserName,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] bool CanUnmask,
    [property: Id(3)] string PasswordHash);
