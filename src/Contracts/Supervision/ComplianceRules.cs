namespace VolunteerRecords.Grains.Supervision;

/// <summary>How a bureau reads an organization's timeliness (办法 Art11, Art21).</summary>
public static class ComplianceRules
{
    public const int MonthsShown = 6;

    /// <summary>
    /// The share of activities recorded on time among those whose deadline is decided — closed, on time or late, or
    /// past due and still open; records not yet due count for nobody. null when none is decided.
    /// </summary>
    public static double? OnTimeShare(int onTime, int closedLate, int overdue) =>
        onTime + closedLate + overdue == 0 ? null : (double)onTime / (onTime + closedLate + overdue);
}
