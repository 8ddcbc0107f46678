namespace VolunteerRecords.Storage.Participants;

public interface IParticipantStore
{
    Task UpsertAsync(ParticipantRow row, CancellationToken cancellationToken = default);

    Task<ParticipantRow?> FindAsync(string activityId, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>How many hold a confirmed place: the roster rows say it, no count is kept beside them.</summary>
    Task<int> CountConfirmedAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>The highest place in line given so far (0 for none): the next sign-up takes the one after it.</summary>
    Task<long> LastPositionAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>The first volunteer on the waiting list, or null.</summary>
    Task<ParticipantRow?> FirstWaitingAsync(string activityId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ParticipantRow>> RosterAsync(string activityId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ParticipantRow>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);
}
