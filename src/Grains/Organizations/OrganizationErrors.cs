namespace VolunteerRecords.Grains.Organizations;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class OrganizationErrors
{
    public const string AlreadyRegistered = "Organization.AlreadyRegistered";
    public const string NameInvalid = "Organization.NameInvalid";
    public const string KindInvalid = "Organization.KindInvalid";
    public const string RegionUnknown = "Organization.RegionUnknown";
    public const string OutsideActorRegion = "Organization.OutsideActorRegion";
    public const string NotFound = "Organization.NotFound";
    public const string NotActive = "Organization.NotActive";
}
