using System.Text.Json;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Jobs.Reports;

/// <summary>Computes a scope's figures from the monthly roll-ups, or keeps them as a report after bringing the roll-ups up to the ledger.</summary>
public sealed class ReportGenerator(IStatisticsStore statistics, TimeProvider time)
{
    /// <summary>Ledger rows folded per transaction: big enough to catch up quickly, small enough to keep locks short.</summary>
    public const int CatchUpBatch = 200_000;

    /// <summary>
    /// The figures as the roll-ups hold them. Reading writes nothing: the roll-ups are brought up to the ledger by the
    /// fold job each minute, and before a report is kept.
    /// </summary>
    public Task<StatisticsSnapshot> ComputeAsync(StatisticsScope scope, ReportPeriod period, CancellationToken cancellationToken) =>
        statistics.ComputeAsync(scope, period.FirstMonth, period.LastMonth, cancellationToken);

    /// <summary>Keeps the report under <paramref name="id"/>; one already kept under it stays as it was.</summary>
    public async Task SaveAsync(string id, ReportPeriod period, ReportScope scope, string generatedBy, CancellationToken cancellationToken)
    {
        if (await statistics.FindReportAsync(id, cancellationToken) is not null)
        {
            return;
        }

        await statistics.CatchUpAsync(CatchUpBatch, cancellationToken);
        var snapshot = await ComputeAsync(scope.Statistics, period, cancellationToken);
        await statistics.SaveReportAsync(new ReportRow
        {
            Id = id,
            Kind = period.Kind.ToString(),
            PeriodFrom = period.FirstMonth,
            PeriodTo = period.LastDay,
            ScopeRegion = scope.Region,
            ScopeOrganization = scope.OrganizationId,
            ScopeName = scope.Name,
            GeneratedBy = generatedBy,
            GeneratedUtc = time.GetUtcNow().UtcDateTime,
            Content = JsonSerializer.Serialize(snapshot),
        }, cancellationToken);
    }
}
