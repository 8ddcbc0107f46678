namespace VolunteerRecords.Grains.Campaigns;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class CampaignErrors
{
    public const string NotFound = "Campaign.NotFound";
    public const string AlreadyExists = "Campaign.AlreadyExists";
    public const string NotAllowed = "Campaign.NotAllowed";
    public const string NameInvalid = "Campaign.NameInvalid";
    public const string PeriodInvalid = "Campaign.PeriodInvalid";
    public const string PlacesInvalid = "Campaign.PlacesInvalid";
    public const string CriteriaInvalid = "Campaign.CriteriaInvalid";
    public const string ScopeInvalid = "Campaign.ScopeInvalid";
    public const string RoundNotFound = "Campaign.RoundNotFound";
    public const string NotSelected = "Campaign.NotSelected";
    public const string WinnersInvalid = "Campaign.WinnersInvalid";
    public const string AlreadyApproved = "Campaign.AlreadyApproved";
}
