namespace VolunteerRecords.Storage.Alerts;

public interface IAlertStore
{
    /// <summary>Lists afresh every ended activity whose records are due by <paramref name="dueBy"/>; before <paramref name="today"/> is overdue.</summary>
    Task<int> ListRecordsDueAsync(DateOnly today, DateOnly dueBy, CancellationToken cancellationToken = default);

    /// <summary>The organization's listed activities that are still open for records.</summary>
    Task<IReadOnlyList<RecordAlertRow>> RecordsDueAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <summary>Listed activities still open for records that the volunteer was confirmed for.</summary>
    Task<IReadOnlyList<RecordAlertRow>> RecordsDueForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>The ledger position up to which every row is committed (see <see cref="Database.CommittedPosition"/>).</summary>
    Task<long> CommittedLedgerPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>Where the job got to in the ledger.</summary>
    Task<long> PositionAsync(string job, CancellationToken cancellationToken = default);

    Task MoveAsync(string job, long position, CancellationToken cancellationToken = default);

    /// <summary>Volunteers with ledger rows in (<paramref name="after"/>, <paramref name="to"/>], with their whole certified total.</summary>
    Task<IReadOnlyList<StarCandidate>> TouchedAsync(long after, long to, CancellationToken cancellationToken = default);

    /// <summary>Notes that the volunteer may apply for <paramref name="level"/>; a note of a lower level is replaced.</summary>
    Task NoteEligibleAsync(string volunteerId, int level, DateOnly foundOn, CancellationToken cancellationToken = default);

    /// <summary>Removes notes whose level the volunteer now holds, or that the grain no longer confirms.</summary>
    Task ForgetAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Every volunteer with a note, to check again.</summary>
    Task<IReadOnlyList<StarCandidate>> NotedAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EligibleMember>> EligibleMembersAsync(string organizationId, CancellationToken cancellationToken = default);

    Task<EligibleMember?> EligibilityAsync(string volunteerId, CancellationToken cancellationToken = default);
}
