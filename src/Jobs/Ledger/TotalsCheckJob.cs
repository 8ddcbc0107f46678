using Hangfire;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.TotalsChecks;

namespace VolunteerRecords.Jobs.Ledger;

/// <summary>
/// Every night: each volunteer's running total, held by her record book, against the sum of her ledger rows. The book
/// folds rows it missed at activation, so any difference left is a fault to look into; the city bureau sees the latest
/// run, and who differs, on its home page.
/// </summary>
public sealed class TotalsCheckJob(IGrainFactory grains, ITotalsCheckStore checks, TimeProvider time)
{
    public const string RecurringId = "totals-check-nightly";
    private const int Page = 500;
    private const int KeptIds = 100;

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var checkedCount = 0;
        var drifted = new List<string>();
        string? after = null;
        while (await checks.VolunteersWithRecordsAsync(after, Page, cancellationToken) is { Count: > 0 } page)
        {
            foreach (var volunteer in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                checkedCount++;
                if (!(await grains.GetGrain<IRecordBookGrain>(Guid.Parse(volunteer)).VerifyTotalsAsync()).Agree)
                {
                    drifted.Add(volunteer);
                }
            }

            after = page[^1];
        }

        await checks.AppendAsync(
            new TotalsCheckRow
            {
                RunUtc = time.GetUtcNow().UtcDateTime,
                Checked = checkedCount,
                Drifted = drifted.Count,
                DriftedIds = string.Join(',', drifted.Take(KeptIds)),
            },
            cancellationToken);
    }
}
