using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Activities;

public interface IActivityReadModel
{
    Task UpsertAsync(ActivityRow row, CancellationToken cancellationToken = default);

    /// <summary>Activities recruiting now, soonest first; optionally of a category, in regions, or starting within dates.</summary>
    Task<Page<ActivityRow>> ListOpenAsync(OpenActivitySearch search, CancellationToken cancellationToken = default);

    /// <summary>An organization's ended activities whose records deadline is before <paramref name="today"/>, most overdue first.</summary>
    Task<IReadOnlyList<ActivityRow>> ListOverdueAsync(string organizationId, DateOnly today, int limit, CancellationToken cancellationToken = default);

    /// <summary>An organization's activities whose first session starts in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), in start order.</summary>
    Task<IReadOnlyList<ActivityRow>> ListStartingAsync(string organizationId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    Task<Page<ActivityRow>> ListByOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>Every activity ended and awaiting its records (a deadline that is still open), whichever organization's.</summary>
    Task<IReadOnlyList<Guid>> ListAwaitingRecordsAsync(CancellationToken cancellationToken = default);

    /// <summary>Published or running activities whose last session ended before <paramref name="nowUtc"/>: due to end by themselves.</summary>
    Task<IReadOnlyList<Guid>> ListPastLastSessionAsync(DateTime nowUtc, int limit, CancellationToken cancellationToken = default);
}
