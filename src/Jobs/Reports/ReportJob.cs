using Hangfire;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Jobs.Reports;

/// <summary>
/// The recurring reports of the city and each county/district (A21, A28): after each month, quarter and year. A report
/// already kept for the same period and region is skipped, so a rerun, or a run after a kill, adds only what is missing.
/// </summary>
public sealed class ReportJob(ReportGenerator generator, IStatisticsStore statistics, IRegionDirectory regions, TimeProvider time)
{
    public static string RecurringId(ReportKind kind) => "reports-" + kind.ToString().ToLowerInvariant();

    [AutomaticRetry(Attempts = 3)]
    public async Task GenerateAsync(ReportKind kind, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Previous(kind, ChinaTime.Today(time));
        foreach (var region in (await regions.ListAsync(cancellationToken)).Where(r => r.Level <= 2))
        {
            await generator.SaveAsync(period.IdFor(region.Code), period, new ReportScope(region.Code, null, region.Name), JobActor.City.DisplayName, cancellationToken);
        }
    }

    /// <summary>Brings the monthly roll-ups up to the ledger each minute: the statistics page only reads them.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task FoldLedgerAsync(CancellationToken cancellationToken) => statistics.CatchUpAsync(ReportGenerator.CatchUpBatch, cancellationToken);
}
