namespace VolunteerRecords.Storage.Statistics;

/// <summary>A report as generated: its figures never change afterwards.</summary>
public sealed class ReportRow
{
    public string Id { get; init; } = "";

    /// <summary>Monthly, Quarterly, Yearly or Custom.</summary>
    public string Kind { get; init; } = "";

    public DateOnly PeriodFrom { get; init; }

    public DateOnly PeriodTo { get; init; }

    public string? ScopeRegion { get; init; }

    public string? ScopeOrganization { get; init; }

    public string ScopeName { get; init; } = "";

    public string GeneratedBy { get; init; } = "";

    public DateTime GeneratedUtc { get; init; }

    /// <summary>The <see cref="StatisticsSnapshot"/> as JSON.</summary>
    public string Content { get; init; } = "";
}
