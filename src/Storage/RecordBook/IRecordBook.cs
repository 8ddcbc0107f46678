namespace VolunteerRecords.Storage.RecordBook;

/// <summary>Evaluations, commendations and complaints (A22).</summary>
public interface IRecordBook
{
    /// <returns>false when the volunteer was already evaluated for the activity (or the same operation ran before).</returns>
    Task<bool> AddEvaluationAsync(EvaluationRow row, CancellationToken cancellationToken = default);

    Task<bool> EvaluatedAsync(string activityId, string volunteerId, string operationId, CancellationToken cancellationToken = default);

    Task AddCommendationAsync(CommendationRow row, CancellationToken cancellationToken = default);

    Task FileComplaintAsync(ComplaintRow row, CancellationToken cancellationToken = default);

    Task<ComplaintRow?> FindComplaintAsync(string id, CancellationToken cancellationToken = default);

    /// <returns>false unless the complaint was still waiting for a decision.</returns>
    Task<bool> DecideComplaintAsync(string id, Grains.Evaluations.ComplaintStatus status, string note, string decidedBy, DateTime decidedUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EvaluationRow>> EvaluationsAsync(string volunteerId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CommendationRow>> CommendationsAsync(string volunteerId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ComplaintRow>> ComplaintsAsync(string volunteerId, CancellationToken cancellationToken = default);
}
