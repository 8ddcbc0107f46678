using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Training;

public interface ITrainingStore
{
    Task UpsertAsync(TrainingRow row, CancellationToken cancellationToken = default);

    Task<Page<TrainingRow>> ListForOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <returns>false when the volunteer's attendance of this training is on record already.</returns>
    Task<bool> ConfirmAsync(TrainingRecord record, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TrainingRecord>> AttendeesAsync(string trainingId, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's trainings, latest first.</summary>
    Task<IReadOnlyList<TrainingRecord>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);
}
