using Hangfire;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Jobs.Activities;

/// <summary>
/// Activities end by themselves once their last session is over, so nothing is left 进行中 for ever and every records
/// deadline starts (办法 Art11). The projection finds them; each activity's grain decides.
/// </summary>
public sealed class ActivityEndingJob(IActivityReadModel activities, IGrainFactory grains, TimeProvider time)
{
    public const string RecurringId = "activities-end-after-last-session";
    private const int Batch = 500;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ended = 0;
        while (true)
        {
            var due = await activities.ListPastLastSessionAsync(time.GetUtcNow().UtcDateTime, Batch, cancellationToken);
            var endedNow = 0;
            foreach (var id in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                endedNow += await grains.GetGrain<IActivityGrain>(id).EndAfterLastSessionAsync(new CommandContext(Guid.NewGuid(), JobActor.City, null)) is null ? 0 : 1;
            }

            ended += endedNow;
            // A batch the grains all declined (their rows behind their state) would come back the same: stop.
            if (due.Count < Batch || endedNow == 0)
            {
                return ended;
            }
        }
    }
}
