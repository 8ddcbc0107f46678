using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>A volunteer's certified minutes by year (China dates), by organization and by service area.</summary>
public sealed record HoursBreakdown(
    IReadOnlyList<(int Year, long Minutes)> ByYear,
    IReadOnlyList<(string OrganizationId, long Minutes)> ByOrganization,
    IReadOnlyList<(string Category, long Minutes)> ByCategory)
{
    public static HoursBreakdown Of(IReadOnlyList<HoursTally> tallies) => new(
        [.. tallies.GroupBy(t => t.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Sum(t => t.Minutes)))],
        [.. tallies.GroupBy(t => t.OrganizationId).OrderByDescending(g => g.Sum(t => t.Minutes)).Select(g => (g.Key, g.Sum(t => t.Minutes)))],
        [.. tallies.GroupBy(t => t.Category).OrderByDescending(g => g.Sum(t => t.Minutes)).Select(g => (g.Key, g.Sum(t => t.Minutes)))]);
}
