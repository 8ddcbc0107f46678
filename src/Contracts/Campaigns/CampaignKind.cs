namespace VolunteerRecords.Grains.Campaigns;

/// <summary>What a campaign selects (A27): outstanding volunteers, projects (with their activities) or organizations.</summary>
public enum CampaignKind
{
    Volunteers,
    Projects,
    Organizations,
}
