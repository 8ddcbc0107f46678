using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Claims;

public interface IServiceClaimStore
{
    /// <returns>false when a claim with this id exists already (a retry).</returns>
    Task<bool> FileAsync(ServiceClaimRow claim, CancellationToken cancellationToken = default);

    Task<ServiceClaimRow?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A pending claim of the volunteer for the session, or for the certified entry when it is a correction.</summary>
    Task<ServiceClaimRow?> FindPendingAsync(string volunteerId, string? sessionId, string? rootId, CancellationToken cancellationToken = default);

    /// <returns>false when the claim was decided already: a claim is decided once.</returns>
    Task<bool> DecideAsync(string claimId, bool certified, string? note, string? recordId, string decidedBy, DateTime decidedUtc, CancellationToken cancellationToken = default);

    /// <summary>An organization's pending claims, oldest first: the certification queue.</summary>
    Task<Page<ServiceClaimRow>> PendingForOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>How many claims for the activity's sessions still wait for a recorder.</summary>
    Task<int> CountPendingForActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's latest claims, pending and decided, newest first.</summary>
    Task<IReadOnlyList<ServiceClaimRow>> ForVolunteerAsync(string volunteerId, int limit, CancellationToken cancellationToken = default);
}
