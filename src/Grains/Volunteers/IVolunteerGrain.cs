using Orleans.Concurrency;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>One volunteer, keyed by a random Guid (never by a personal identifier).</summary>
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

    /// <summary>An organization the volunteer belongs to asks for a profile correction (办法 Art6).</summary>
    [Alias("RequestCorrection")]
    Task RequestCorrectionAsync(Guid organizationId, CorrectionField field, string message, CommandContext context);

    /// <summary>The volunteer marks a correction request done.</summary>
    [Alias("ResolveCorrection")]
    Task ResolveCorrectionAsync(Guid requestId, CommandContext context);

    /// <summary>
    /// Certifies one session's service (A13, A21): a row appended to the ledger and the total updated. Refused for a
    /// revoked volunteer, for time outside the session or overlapping another certified entry, or twice for a session.
    /// </summary>
    [Alias("CertifyService")]
    Task<CertifiedService> CertifyServiceAsync(ServiceEntry entry, CommandContext context);

    /// <summary>Counts rows an attendance sheet appended to this volunteer's ledger into the total (A21).</summary>
    [Alias("CountAppended")]
    Task CountAppendedAsync(IReadOnlyList<LedgerCount> rows);

    /// <summary>Corrects a certified entry with a new ledger row pointing at it (办法 Art13); nothing is overwritten.</summary>
    [Alias("CorrectService")]
    Task<CertifiedService> CorrectServiceAsync(Guid rootId, ServiceCorrection correction, CommandContext context);

    /// <summary>The volunteer asks the organization that certified an entry to correct it, with the reason (办法 Art13).</summary>
    [Alias("RequestServiceCorrection")]
    Task RequestServiceCorrectionAsync(Guid rootId, ServiceCorrection correction, CommandContext context);

    /// <summary>The organization approves a volunteer's correction request (a new ledger row) or rejects it with the reason.</summary>
    /// <returns>The corrected entry; null when rejected.</returns>
    [Alias("DecideServiceCorrection")]
    Task<CertifiedService?> DecideServiceCorrectionAsync(ClaimDecision decision, CommandContext context);

    /// <summary>
    /// Promises the volunteer's time to an activity's sessions. Through this grain, so two activities signing the same
    /// volunteer up at once are checked one after the other: no two promised sessions overlap (A8 sign-up check).
    /// </summary>
    [Alias("CommitTime")]
    Task CommitTimeAsync(Guid activityId, IReadOnlyList<Activities.ActivitySession> sessions);

    [Alias("ReleaseTime")]
    Task ReleaseTimeAsync(Guid activityId);

    /// <summary>A commendation or award, recorded promptly by an organization the volunteer belongs to or a bureau (A22).</summary>
    [Alias("Commend")]
    Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context);

    /// <summary>A service recipient's complaint, filed by the organization; it reaches the record only if verified true (A22).</summary>
    [Alias("FileComplaint")]
    Task FileComplaintAsync(string complainant, string content, CommandContext context);

    /// <summary>The organization's admin or its bureau verifies a complaint: upheld goes on the record, dismissed does not.</summary>
    [Alias("VerifyComplaint")]
    Task VerifyComplaintAsync(Guid complaintId, bool upheld, string note, CommandContext context);

    /// <summary>The volunteer applies for the next star level, once the hours reach it (A26: 依次申请评定).</summary>
    [Alias("ApplyForStar")]
    Task<VolunteerProfile> ApplyForStarAsync(int level, CommandContext context);

    /// <summary>A reviewer (admin of a member organization, or a bureau) grants the applied level or declines with a reason.</summary>
    [Alias("DecideStar")]
    Task<VolunteerProfile> DecideStarAsync(int level, bool grant, string? reason, CommandContext context);

    /// <summary>After a correction took the hours below the level's threshold: keep the level, or lower it to what the hours reach.</summary>
    [Alias("ResolveStarReview")]
    Task<VolunteerProfile> ResolveStarReviewAsync(bool keep, string reason, CommandContext context);

    /// <summary>
    /// Issues a certificate of service, free and at once (A25): by the volunteer, or by an organization for its member.
    /// The content is frozen at issue; the code comes back once, for printing.
    /// </summary>
    [Alias("IssueCertificate")]
    Task<Certificates.IssuedCertificate> IssueCertificateAsync(Certificates.CertificateRequest request, CommandContext context);

    /// <summary>Revokes a certificate (its hours were corrected, say), with the reason; the volunteer can issue a new one.</summary>
    [Alias("RevokeCertificate")]
    Task RevokeCertificateAsync(Guid certificateId, string reason, CommandContext context);

    /// <summary>The running total next to the ledger's sum, to prove they agree.</summary>
    [Alias("VerifyTotals")]
    Task<CertifiedTotals> VerifyTotalsAsync();

    /// <summary>
    /// The profile as an officer may see it: an organization sees its own members, a bureau the volunteers of its
    /// region (A4, A5.6, A23). Outside that scope the volunteer does not exist for the caller.
    /// </summary>
    /// <returns>null when not registered or not in the viewer's scope.</returns>
    [ReadOnly]
    [Alias("ViewProfile")]
    Task<VolunteerProfile?> ViewProfileAsync(Actor viewer);

    /// <summary>
    /// Which records the officer may read: a bureau all, an organization its own, and those of the volunteer's other
    /// organizations only while the volunteer shares with it (A24); shared access is written to the audit log.
    /// </summary>
    /// <returns>null when the volunteer is outside the officer's scope.</returns>
    [ReadOnly]
    [Alias("RecordVisibility")]
    Task<RecordVisibility?> RecordVisibilityAsync(CommandContext context);

    /// <returns>null while not registered.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetProfile")]
    Task<VolunteerProfile?> GetProfileAsync();

    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetStanding")]
    Task<VolunteerStanding> GetStandingAsync();
}
