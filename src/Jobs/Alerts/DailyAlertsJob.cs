using Hangfire;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Grains.Calendar;

namespace VolunteerRecords.Jobs.Alerts;

/// <summary>
/// Every morning: lists, per organization, the ended activities whose records are due within two working days or are
/// overdue (办法 Art11), and finds volunteers whose new hours reach their next star level (A26). The star search reads
/// only ledger rows after its stored position, in batches; each batch's notes are written before the position moves,
/// so a run killed halfway repeats a batch and notes nothing twice.
/// </summary>
public sealed class DailyAlertsJob(IAlertStore alerts, IGrainFactory grains, StarRules stars, TimeProvider time)
{
    public const string RecurringId = "daily-alerts";
    public const int Batch = 100_000;
    private const string StarPosition = "star-eligibility";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var days = (await grains.GetGrain<ICalendarGrain>(0).GetAsync()).ToWorkingDays();
        await alerts.ListRecordsDueAsync(today, days.AddWorkingDays(today, ActivityRules.RecordsDueSoonWorkingDays), cancellationToken);
        // A noted volunteer may since have applied, been granted the level or been revoked: the grain says which.
        foreach (var noted in await alerts.NotedAsync(cancellationToken))
        {
            await ConfirmAsync(noted.VolunteerId, today, cancellationToken);
        }

        var upper = await alerts.CommittedLedgerPositionAsync(cancellationToken);
        for (var position = await alerts.PositionAsync(StarPosition, cancellationToken); position < upper;)
        {
            var to = Math.Min(upper, position + Batch);
            foreach (var candidate in await alerts.TouchedAsync(position, to, cancellationToken))
            {
                await CheckAsync(candidate, today, cancellationToken);
            }

            await alerts.MoveAsync(StarPosition, to, cancellationToken);
            position = to;
        }
    }

    /// <summary>The projection narrows the search; the volunteer's grain decides, as it does for the application itself.</summary>
    private async Task CheckAsync(StarCandidate candidate, DateOnly today, CancellationToken cancellationToken)
    {
        if (candidate.StarLevel >= stars.HighestLevel || candidate.Minutes < stars.ThresholdMinutes(candidate.StarLevel + 1))
        {
            return;
        }

        await ConfirmAsync(candidate.VolunteerId, today, cancellationToken);
    }

    private async Task ConfirmAsync(string volunteerId, DateOnly today, CancellationToken cancellationToken)
    {
        var profile = await grains.GetGrain<IVolunteerGrain>(Guid.Parse(volunteerId)).GetProfileAsync();
        if (profile?.Star is { MayApply: true } star)
        {
            await alerts.NoteEligibleAsync(volunteerId, star.Level + 1, today, cancellationToken);
        }
        else
        {
            await alerts.ForgetAsync(volunteerId, cancellationToken);
        }
    }
}
