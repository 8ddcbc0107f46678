using Orleans.Concurrency;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Volunteers.RecordBook;

/// <summary>
/// A volunteer's service record book, keyed by her id (A13, A21, A22): her certified entries and their total,
/// corrections and her requests for them, commendations and complaints.
/// </summary>
[Alias("vr.IRecordBookGrain")]
public interface IRecordBookGrain : IGrainWithGuidKey
{
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

    /// <summary>A commendation or award, recorded promptly by an organization the volunteer belongs to or a bureau (A22).</summary>
    [Alias("Commend")]
    Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context);

    /// <summary>A service recipient's complaint, filed by the organization; it reaches the record only if verified true (A22).</summary>
    [Alias("FileComplaint")]
    Task FileComplaintAsync(string complainant, string content, CommandContext context);

    /// <summary>The organization's admin or its bureau verifies a complaint: upheld goes on the record, dismissed does not.</summary>
    [Alias("VerifyComplaint")]
    Task VerifyComplaintAsync(Guid complaintId, bool upheld, string note, CommandContext context);

    /// <summary>
    /// Which of her records the officer may read: a bureau all, an organization its own, and those of her other
    /// organizations only while she shares with it (A23, A24); shared access is written to the audit log. The one
    /// place that decides it: every page, download and certificate of hers asks here.
    /// </summary>
    /// <returns>null when she is outside the officer's scope.</returns>
    [ReadOnly]
    [Alias("RecordVisibility")]
    Task<RecordVisibility?> RecordVisibilityAsync(CommandContext context);

    /// <summary>The running total next to the ledger's sum, to prove they agree.</summary>
    [Alias("VerifyTotals")]
    Task<CertifiedTotals> VerifyTotalsAsync();

    // Read-only: her profile is put together from this while other grains await it.
    [AlwaysInterleave]
    [Alias("GetTotals")]
    Task<RecordBookTotals> GetTotalsAsync();
}
