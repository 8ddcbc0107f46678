using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Memberships;

/// <summary>
/// One volunteer's membership of one organization (A5.7, A12, A24), keyed by the volunteer's id and the
/// organization's id: the current status and the sharing consent; every step is a row in membership_events.
/// </summary>
[Alias("vr.IMembershipGrain")]
public interface IMembershipGrain : IGrainWithGuidCompoundKey
{
    /// <summary>The volunteer asks to join (A12.2 first way).</summary>
    [Alias("Apply")]
    Task<MembershipInfo> ApplyAsync(CommandContext context);

    /// <summary>The organization confirms an application (A12.2).</summary>
    [Alias("Confirm")]
    Task<MembershipInfo> ConfirmAsync(CommandContext context);

    [Alias("Decline")]
    Task<MembershipInfo> DeclineAsync(string reason, CommandContext context);

    /// <summary>
    /// The organization registers the person as a member directly (A12.2 second way): only a person it registered
    /// itself, in the same command; anyone already registered is invited instead.
    /// </summary>
    [Alias("Enrol")]
    Task<MembershipInfo> EnrolAsync(string channel, CommandContext context);

    /// <summary>
    /// Staff ask a person who is already registered to join (on-site or import, A12.2); she answers in her portal.
    /// Until she accepts, the organization sees nothing of her (A5.6, A23).
    /// </summary>
    [Alias("Invite")]
    Task<MembershipInfo> InviteAsync(string channel, CommandContext context);

    /// <summary>She (for a minor, with her guardian's agreement) accepts or declines the invitation.</summary>
    [Alias("AnswerInvitation")]
    Task<MembershipInfo> AnswerInvitationAsync(bool accept, bool guardianAgrees, CommandContext context);

    /// <summary>The volunteer leaves, at any time (A5.7); every record stays.</summary>
    [Alias("Leave")]
    Task<MembershipInfo> LeaveAsync(CommandContext context);

    /// <summary>The volunteer allows or withdraws sharing of their records with this organization (A24).</summary>
    [Alias("SetSharing")]
    Task<MembershipInfo> SetSharingAsync(bool share, CommandContext context);

    /// <summary>Staff of the organization ask its member to correct her profile (办法 Art6); the request is a row of its own.</summary>
    [Alias("RequestProfileCorrection")]
    Task RequestProfileCorrectionAsync(CorrectionField field, string message, CommandContext context);

    /// <summary>The volunteer marks the organization's correction request done.</summary>
    [Alias("ResolveProfileCorrection")]
    Task ResolveProfileCorrectionAsync(Guid requestId, CommandContext context);

    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("Get")]
    Task<MembershipInfo> GetAsync();
}
