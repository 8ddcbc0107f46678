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
    public const string CreditCodeInvalid = "Organization.CreditCodeInvalid";
    public const string CreditCodeTaken = "Organization.CreditCodeTaken";
    public const string ContactInvalid = "Organization.ContactInvalid";
    public const string ReasonRequired = "Organization.ReasonRequired";
    public const string StatusUnchanged = "Organization.StatusUnchanged";
    public const string Deregistered = "Organization.Deregistered";
    public const string NotAllowed = "Organization.NotAllowed";
    public const string StaffRoleInvalid = "Organization.StaffRoleInvalid";
    public const string CannotGrantUnmask = "Organization.CannotGrantUnmask";
    public const string StaffUserNameInvalid = "Organization.StaffUserNameInvalid";
    public const string StaffUserNameTaken = "Organization.StaffUserNameTaken";
    public const string StaffNotFound = "Organization.StaffNotFound";
}
