namespace VolunteerRecords.Grains.Activities;

/// <summary>
/// The service areas A17 names ("…等": the list goes on). These five are built in; the city bureau adds others through
/// the category catalog, so a category is a code, not a closed enumeration.
/// </summary>
public static class ServiceCategory
{
    /// <summary>社区服务</summary>
    public const string CommunityService = "CommunityService";

    /// <summary>环境保护</summary>
    public const string EnvironmentalProtection = "EnvironmentalProtection";

    /// <summary>活动集会</summary>
    public const string EventsAndGatherings = "EventsAndGatherings";

    /// <summary>应急救援: publishing needs accident insurance (A18.2).</summary>
    public const string EmergencyRescue = "EmergencyRescue";

    /// <summary>弱势群体帮扶</summary>
    public const string HelpForVulnerableGroups = "HelpForVulnerableGroups";

    public static IReadOnlyList<string> BuiltIn { get; } = [CommunityService, EnvironmentalProtection, EventsAndGatherings, EmergencyRescue, HelpForVulnerableGroups];
}
