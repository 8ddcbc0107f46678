using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

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

    /// <summary>The organization registers the person as a member directly (A12.2 second way).</summary>
    [Alias("Enrol")]
    Task<MembershipInfo> EnrolAsync(string channel, CommandContext context);

    /// <summary>The volunteer leaves, at any time (A5.7); every record stays.</summary>
    [Alias("Leave")]
    Task<MembershipInfo> LeaveAsync(CommandContext context);

    /// <summary>The volunteer allows or withdraws sharing of their records with this organization (A24).</summary>
    [Alias("SetSharing")]
    Task<MembershipInfo> SetSharingAsync(bool share, CommandContext context);

    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("Get")]
    Task<MembershipInfo> GetAsync();
}
