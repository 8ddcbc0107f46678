namespace VolunteerRecords.Admin.Accounts;

public sealed record SignInResult(SignInOutcome Outcome, DateTime? LockedUntilUtc = null);
