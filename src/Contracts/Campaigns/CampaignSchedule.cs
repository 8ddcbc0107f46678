namespace VolunteerRecords.Grains.Campaigns;

public enum CampaignSchedule
{
    /// <summary>One round over the campaign's period.</summary>
    Once,

    /// <summary>A round every year: the period moves on by a year each time.</summary>
    Yearly,
}
