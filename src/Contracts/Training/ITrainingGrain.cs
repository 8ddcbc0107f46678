using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Training;

/// <summary>One training (A14, A15), keyed by a random Guid.</summary>
[Alias("vr.ITrainingGrain")]
public interface ITrainingGrain : IGrainWithGuidKey
{
    /// <summary>Plans the training for an organization: by its staff or the bureau that coordinates training in its region (A14).</summary>
    [Alias("Schedule")]
    Task<TrainingDetails> ScheduleAsync(ScheduleTraining command, CommandContext context);

    /// <summary>
    /// Once held, the organization confirms who attended, with the training provider's proof (A14): each member gets
    /// the training's hours on their training record, kept apart from service hours. Confirming twice adds nothing.
    /// </summary>
    [Alias("ConfirmAttendance")]
    Task<IReadOnlyList<TrainingAttendance>> ConfirmAttendanceAsync(IReadOnlyList<Guid> volunteers, ServiceProof proof, CommandContext context);

    /// <returns>null while no training was scheduled under this key.</returns>
    [AlwaysInterleave]
    [Alias("GetDetails")]
    Task<TrainingDetails?> GetDetailsAsync();
}
