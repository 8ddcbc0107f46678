namespace VolunteerRecords.Grains.Regions;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class RegionErrors
{
    public const string NotAllowed = "Region.NotAllowed";
    public const string CodeInvalid = "Region.CodeInvalid";
    public const string ParentUnknown = "Region.ParentUnknown";
    public const string NotInParent = "Region.NotInParent";
    public const string TooDeep = "Region.TooDeep";
    public const string CodeTaken = "Region.CodeTaken";
    public const string NameInvalid = "Region.NameInvalid";
    public const string NotFound = "Region.NotFound";
}
