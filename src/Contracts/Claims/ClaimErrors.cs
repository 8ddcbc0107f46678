namespace VolunteerRecords.Grains.Claims;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class ClaimErrors
{
    public const string NotAllowed = "Claim.NotAllowed";
    public const string Pending = "Claim.Pending";
    public const string NotFound = "Claim.NotFound";
    public const string Decided = "Claim.Decided";
    public const string ReasonRequired = "Claim.ReasonRequired";
}
