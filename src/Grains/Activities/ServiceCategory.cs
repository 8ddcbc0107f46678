namespace VolunteerRecords.Grains.Activities;

/// <summary>The service areas named in A17.</summary>
public enum ServiceCategory
{
    /// <summary>社区服务</summary>
    CommunityService,

    /// <summary>环境保护</summary>
    EnvironmentalProtection,

    /// <summary>活动集会</summary>
    EventsAndGatherings,

    /// <summary>应急救援</summary>
    EmergencyRescue,

    /// <summary>弱势群体帮扶</summary>
    HelpForVulnerableGroups,
}
