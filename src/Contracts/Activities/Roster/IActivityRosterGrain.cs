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
    /// <summary>
    /// Staff add a person who came without signing up (a member, or someone registered on the spot) to a running or
    /// ended activity's roster from the paper sheet, so her hours can be certified; past the quota, since she served.
    /// </summary>
    [Alias("AddWalkIn")]
    Task AddWalkInAsync(Guid volunteerId, CommandContext context);

    [Alias("Withdraw")]
    Task WithdrawAsync(Guid volunteerId, string notice, CommandContext context);
}
