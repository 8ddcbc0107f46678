using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>A volunteer's certified minutes by year (China dates), by organization and by service area.</summary>
public sealed record HoursBreakdown(
    IReadOnlyList<(int Year, long Minutes)> ByYear,
    IReadOnlyList<(string OrganizationId, long Minutes)> ByOrganization,
    IReadOnlyList<(string Category, long Minutes)> ByCategory)
{
    public static HoursBreakdown Of(IReadOnlyList<ServiceRecord> currentEntries) => new(
        [.. currentEntries.GroupBy(e => ChinaTime.DateOf(e.StartUtc).Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Sum(e => (long)e.Minutes)))],
        [.. currentEntries.GroupBy(e => e.OrganizationId).OrderByDescending(g => g.Sum(e => (long)e.Minutes)).Select(g => (g.Key, g.Sum(e => (long)e.Minutes)))],
        [.. currentEntries.GroupBy(e => e.Category).OrderByDescending(g => g.Sum(e => (long)e.Minutes)).Select(g => (g.Key, g.Sum(e => (long)e.Minutes)))]);
}
