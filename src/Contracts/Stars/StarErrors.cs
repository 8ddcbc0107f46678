namespace VolunteerRecords.Grains.Stars;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class StarErrors
{
    public const string NotAllowed = "Star.NotAllowed";
    public const string NotNextLevel = "Star.NotNextLevel";
    public const string ApplicationPending = "Star.ApplicationPending";
    public const string BelowThreshold = "Star.BelowThreshold";
    public const string NoApplication = "Star.NoApplication";
    public const string ReasonRequired = "Star.ReasonRequired";
    public const string Suspended = "Star.Suspended";
    public const string NoReviewDue = "Star.NoReviewDue";
}
