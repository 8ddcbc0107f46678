using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Activities;

/// <summary>One volunteer activity of one organization, keyed by a random Guid.</summary>
[Alias("vr.IActivityGrain")]
public interface IActivityGrain : IGrainWithGuidKey
{
    [Alias("CreateDraft")]
    Task<ActivityDetails> CreateDraftAsync(CreateActivityDraft command, CommandContext context);

    /// <returns>null while no activity was created under this key.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetDetails")]
    Task<ActivityDetails?> GetDetailsAsync();
}
