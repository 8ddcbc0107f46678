namespace VolunteerRecords.Storage.Statistics;

/// <summary>A bureau's region (a LIKE pattern on region codes) or one organization.</summary>
public sealed record StatisticsScope(string? RegionPrefix, string? OrganizationId)
{
    public static StatisticsScope Region(string likePattern) => new(likePattern, null);

    public static StatisticsScope Organization(string organizationId) => new(null, organizationId);
}
