using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities.Roster;

/// <summary>An activity's roster and sign-ups, keyed by the activity's id: who holds a place and who waits for one.</summary>
[Alias("vr.IActivityRosterGrain")]
public interface IActivityRosterGrain : IGrainWithGuidKey
{
    /// <summary>A volunteer signs up, accepting the risks and the agreement; past the quota onto the waiting list (A8, A9, A16).</summary>
    [Alias("SignUp")]
    Task<SignUpResult> SignUpAsync(Guid volunteerId, bool acceptsRisksAndAgreement, CommandContext context);

    /// <summary>
    /// The team's leader signs the team up as a group (A8), accepting the risks and the agreement for it; each member is
    /// checked as if signing up alone, and the answer says which members got a place and which rule stopped the others.
    /// </summary>
    [Alias("SignUpTeam")]
    Task<IReadOnlyList<TeamSignUpResult>> SignUpTeamAsync(Guid teamId, bool acceptsRisksAndAgreement, CommandContext context);

    /// <summary>A volunteer withdraws with notice (A6.8); the first on the waiting list moves up.</summary>
    [Alias("Withdraw")]
    Task WithdrawAsync(Guid volunteerId, string notice, CommandContext context);
}
