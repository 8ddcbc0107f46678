namespace VolunteerRecords.Grains.Reports;

/// <summary>The whole months a report covers (A21, A28): statistics are kept by month.</summary>
/// <param name="FirstMonth">The first day of the first month.</param>
/// <param name="LastMonth">The first day of the last month.</param>
public sealed record ReportPeriod(ReportKind Kind, DateOnly FirstMonth, DateOnly LastMonth)
{
    /// <summary>The month, quarter or year that ended before <paramref name="today"/>: what a recurring report covers.</summary>
    public static ReportPeriod Previous(ReportKind kind, DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return kind switch
        {
            ReportKind.Monthly => new(kind, thisMonth.AddMonths(-1), thisMonth.AddMonths(-1)),
            ReportKind.Quarterly => Quarter(thisMonth.AddMonths(-3)),
            ReportKind.Yearly => new(kind, new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a custom report has no recurring period"),
        };
    }

    /// <summary>The months a user picked, in order; none later than this month, at most five years.</summary>
    /// <returns>null when the months make no period.</returns>
    public static ReportPeriod? Custom(DateOnly from, DateOnly to, DateOnly today)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return last < first || last > new DateOnly(today.Year, today.Month, 1) || months > 60 ? null : new(ReportKind.Custom, first, last);
    }

    public DateOnly LastDay => LastMonth.AddMonths(1).AddDays(-1);

    /// <summary>Same kind, period and scope: the same report, so a rerun of its job adds nothing.</summary>
    public string IdFor(string scope) => $"{Kind}:{FirstMonth:yyyy-MM}:{LastMonth:yyyy-MM}:{scope}".ToLowerInvariant();

    private static ReportPeriod Quarter(DateOnly month)
    {
        var first = new DateOnly(month.Year, ((month.Month - 1) / 3 * 3) + 1, 1);
        return new(ReportKind.Quarterly, first, first.AddMonths(2));
    }
}
