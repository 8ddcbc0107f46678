using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Ledger;

public interface IServiceLedger
{
    /// <summary>
    /// Appends rows in one transaction with one audit line: each checked, under its volunteer's lock, against the rows
    /// already there and the others in the batch (operation repeated, session taken, overlap, correction superseded).
    /// Rows that fail a check are left out; the others are appended together.
    /// </summary>
    /// <param name="longestEntry">No entry is longer: bounds the overlap look-up.</param>
    /// <returns>One answer per row, in the order given.</returns>
    Task<IReadOnlyList<LedgerAppend>> AppendAsync(IReadOnlyList<ServiceRecord> records, AuditEntry? audit, TimeSpan longestEntry, CancellationToken cancellationToken = default);

    /// <summary>Everything a certification must know before it appends, in one round trip.</summary>
    /// <param name="sessionId">The session of a new original entry; null for a correction.</param>
    Task<LedgerCheck> CheckAsync(string operationId, string volunteerId, string? sessionId, DateTime startUtc, DateTime endUtc, string? exceptRootId, TimeSpan longestEntry, CancellationToken cancellationToken = default);

    Task<ServiceRecord?> FindByOperationAsync(string operationId, CancellationToken cancellationToken = default);

    /// <summary>The current version of an entry (the latest row of its root).</summary>
    Task<ServiceRecord?> CurrentAsync(string rootId, CancellationToken cancellationToken = default);

    Task<ServiceRecord?> OriginalForSessionAsync(string sessionId, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Whether a current entry of the volunteer overlaps [start, end), other than <paramref name="exceptRootId"/>.</summary>
    /// <param name="longestEntry">No entry is longer, so only entries starting after start − longestEntry can overlap:
    /// the look-up stays a short index range however long the volunteer's history.</param>
    Task<bool> OverlapsAsync(string volunteerId, DateTime startUtc, DateTime endUtc, string? exceptRootId, TimeSpan longestEntry, CancellationToken cancellationToken = default);

    /// <summary>The minutes and the highest sequence of the volunteer's rows after <paramref name="afterSeq"/>.</summary>
    Task<(long Minutes, long LastSeq)> SinceAsync(string volunteerId, long afterSeq, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's certified minutes according to the ledger alone.</summary>
    Task<long> TotalMinutesAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Whether anyone holds a certified entry (more than zero minutes) for the activity.</summary>
    Task<bool> HasEntriesForActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Whether any organization but <paramref name="organizationId"/> holds service records of the volunteer.</summary>
    Task<bool> HasRecordsOfOthersAsync(string volunteerId, string organizationId, CancellationToken cancellationToken = default);

    /// <summary>Every row of the volunteer, newest first: originals and the corrections that point at them.</summary>
    Task<Page<ServiceRecord>> ListForVolunteerAsync(string volunteerId, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>
    /// The volunteer's current entries (latest version of each, hours not withdrawn), oldest first, optionally of one
    /// organization and starting within [from, to): what a certificate lists.
    /// </summary>
    Task<IReadOnlyList<ServiceRecord>> CurrentEntriesAsync(string volunteerId, string? organizationId, DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken = default);

    /// <summary>
    /// The volunteer's current entries summed by year (China dates), organization and service area in the database:
    /// her page shows the breakdown without reading every entry she ever had.
    /// </summary>
    Task<IReadOnlyList<HoursTally>> TallyAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>The latest rows of a volunteer, corrections included; only those of one organization when it is given.</summary>
    Task<IReadOnlyList<ServiceRecord>> RecentForVolunteerAsync(string volunteerId, string? organizationId, int limit, CancellationToken cancellationToken = default);
}
