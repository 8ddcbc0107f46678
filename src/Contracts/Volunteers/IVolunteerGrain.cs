using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>
/// One volunteer, keyed by a random Guid (never by a personal identifier): her identity and standing. Under the same
/// key, her record book is <see cref="RecordBook.IRecordBookGrain"/>, her star <see cref="Stars.IStarGrain"/>, her
/// certificates <see cref="Certificates.IVolunteerCertificatesGrain"/> and her promised time <see cref="Schedule.IVolunteerScheduleGrain"/>.
/// </summary>
[Alias("vr.IVolunteerGrain")]
public interface IVolunteerGrain : IGrainWithGuidKey
{
    /// <summary>Registration with true identity (A6.1, A7, A12): by the person, on the spot by an organization, or by import.</summary>
    [Alias("Register")]
    Task<VolunteerProfile> RegisterAsync(RegisterVolunteer command, CommandContext context);

    /// <summary>The volunteer keeps contact details, residence, skills and intentions current (A6.1).</summary>
    [Alias("UpdateContact")]
    Task<VolunteerProfile> UpdateContactAsync(UpdateVolunteerContact command, CommandContext context);

    /// <summary>Whether the volunteer's records may be disclosed to third parties (A5.6, A23).</summary>
    [Alias("SetDisclosureConsent")]
    Task<VolunteerProfile> SetDisclosureConsentAsync(bool disclose, bool guardianAgrees, CommandContext context);

    /// <summary>
    /// She forgot her password: an admin of an organization she belongs to, or her bureau, checks her identity in person
    /// and sets a one-time password (already hashed) that she replaces at first sign-in.
    /// </summary>
    [Alias("ResetPassword")]
    Task ResetPasswordAsync(string passwordHash, CommandContext context);

    /// <summary>Full ID number and phone, for the volunteer or someone with the unmask permission in scope; always audited.</summary>
    [ReadOnly]
    [Alias("RevealIdentifiers")]
    Task<RevealedIdentifiers> RevealIdentifiersAsync(CommandContext context);

    /// <summary>Warning, revocation or reinstatement (A18.4), with its reason; <paramref name="organizationId"/> names the deciding organization.</summary>
    [Alias("Sanction")]
    Task<VolunteerProfile> SanctionAsync(SanctionKind kind, string reason, Guid? organizationId, CommandContext context);

    /// <summary>
    /// The profile as an officer may see it: an organization sees its own members, a bureau the volunteers of its
    /// region (A4, A5.6, A23). Outside that scope the volunteer does not exist for the caller.
    /// </summary>
    /// <returns>null when not registered or not in the viewer's scope.</returns>
    [ReadOnly]
    [Alias("ViewProfile")]
    Task<VolunteerProfile?> ViewProfileAsync(Actor viewer);

    /// <returns>null while not registered.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetProfile")]
    Task<VolunteerProfile?> GetProfileAsync();

    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetStanding")]
    Task<VolunteerStanding> GetStandingAsync();

    /// <summary>
    /// Whether the officer oversees her: staff of an organization she is a member of (its admin, where
    /// <paramref name="administrator"/>), or a bureau over where she lives or over one of her organizations (A4, A11, A21).
    /// The one place that decides it; her other grains ask here.
    /// </summary>
    // Read-only: her other grains ask while she may be awaiting them.
    [AlwaysInterleave]
    [Alias("IsInScope")]
    Task<bool> IsInScopeAsync(Actor actor, bool administrator);
}
