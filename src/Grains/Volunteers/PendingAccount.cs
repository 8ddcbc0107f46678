namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// Her sign-in account, written with the registration in one state write and opened from it afterwards: a crash
/// between the two leaves the account to be opened at the grain's next activation or her next attempt, never lost.
/// </summary>
[GenerateSerializer]
[Alias("vr.PendingAccount")]
public sealed record PendingAccount(
    [property: Id(0)] string PasswordHash,
    [property: Id(1)] bool MustChangePassword);
