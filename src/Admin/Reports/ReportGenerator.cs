using System.Text.Json;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Admin.Reports;

/// <summary>Brings the monthly roll-ups up to the ledger, then computes or keeps a scope's figures.</summary>
public sealed class ReportGenerator(IStatisticsStore statistics, TimeProvider time)
{
    /// <summary>Ledger rows folded per transaction: big enough to catch up quickly, small enough to keep locks short.</summary>
    public const int CatchUpBatch = 200_000;

    public async Task<StatisticsSnapshot> ComputeAsync(StatisticsScope scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        await statistics.CatchUpAsync(CatchUpBatch, cancellationToken);
        return await statistics.ComputeAsync(scope, period.FirstMonth, period.LastMonth, cancellationToken);
    }

    /// <summary>Keeps the report under <paramref name="id"/>; one already kept under it stays as it was.</summary>
    public async Task SaveAsync(string id, ReportPeriod period, ReportScope scope, string generatedBy, CancellationToken cancellationToken)
    {
        if (await statistics.FindReportAsync(id, cancellationToken) is not null)
        {
            return;
        }

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
