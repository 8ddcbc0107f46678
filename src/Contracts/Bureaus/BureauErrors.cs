namespace VolunteerRecords.Grains.Bureaus;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class BureauErrors
{
    public const string NotAllowed = "Bureau.NotAllowed";
    public const string RegionInvalid = "Bureau.RegionInvalid";
    public const string UserNameInvalid = "Bureau.UserNameInvalid";
    public const string UserNameTaken = "Bureau.UserNameTaken";
    public const string AccountNotFound = "Bureau.AccountNotFound";
    public const string NotYourself = "Bureau.NotYourself";
    public const string CannotGrantUnmask = "Bureau.CannotGrantUnmask";
}
