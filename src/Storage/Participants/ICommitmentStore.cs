namespace VolunteerRecords.Storage.Participants;

public interface ICommitmentStore
{
    /// <summary>Whether the volunteer has promised time overlapping [start, end) to another activity.</summary>
    Task<bool> OverlapsAsync(string volunteerId, string exceptActivityId, DateTime startUtc, DateTime endUtc, CancellationToken cancellationToken = default);

    Task CommitAsync(string volunteerId, string activityId, IReadOnlyList<(string SessionId, DateTime StartUtc, DateTime EndUtc)> sessions, CancellationToken cancellationToken = default);

    Task ReleaseAsync(string volunteerId, string activityId, CancellationToken cancellationToken = default);
}
