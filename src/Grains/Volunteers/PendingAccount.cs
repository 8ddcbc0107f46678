using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// Her sign-in account, written with the registration in one state write and opened from it afterwards: a crash
/// between the two leaves the account to be opened at the grain's next activation or her next attempt, never lost.
/// </summary>
[GenerateSerializer]
[Alias("vr.PendingAccount")]
public sealed record PendingAccount(
    [property: Id(0)] string PasswordHash,
    [property: Id(1)] bool MustChangePassword)
{
    /// <summary>
    /// Her account row: she signs in with her phone or ID number (found through their keyed hashes) or her volunteer
    /// number, which is also the name the account shows.
    /// </summary>
    public AccountRecord ToAccount(string volunteerId, string volunteerNumber, DateTime createdUtc) => new()
    {
        Id = volunteerId,
        UserName = volunteerNumber,
        NormalizedUserName = AccountRecord.Normalize(volunteerNumber),
        DisplayName = volunteerNumber,
        PasswordHash = PasswordHash,
        Role = Role.Volunteer,
        VolunteerId = volunteerId,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        CreatedUtc = createdUtc,
        MustChangePassword = MustChangePassword,
    };
}
