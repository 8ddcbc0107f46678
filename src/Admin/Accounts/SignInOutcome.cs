namespace VolunteerRecords.Admin.Accounts;

/// <summary>
/// What a sign-in step tells the page. Every failure is one answer: unknown, wrong, slowed-down and disabled accounts
/// are told apart only in the audit log.
/// </summary>
public enum SignInOutcome
{
    Succeeded,
    RequiresSecondFactor,
    Failed,
}
