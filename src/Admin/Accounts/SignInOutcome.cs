namespace VolunteerRecords.Admin.Accounts;

public enum SignInOutcome
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    Disabled,
}
