using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Jobs.Reports;

/// <summary>Whose figures: a bureau's region or an organization, with the name printed on the report.</summary>
public sealed record ReportScope(string? Region, string? OrganizationId, string Name)
{
    public StatisticsScope Statistics => OrganizationId is not null
        ? StatisticsScope.Organization(OrganizationId)
        : StatisticsScope.Region(RegionCodes.LikePattern(Region!));
}
