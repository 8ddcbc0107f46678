namespace VolunteerRecords.Grains.Volunteers.Identity;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class IdErrors
{
    public const string IdNumberFormat = "Id.NumberFormat";
    public const string IdNumberCheckCharacter = "Id.CheckCharacter";
    public const string IdNumberRegion = "Id.Region";
    public const string IdNumberBirthDate = "Id.BirthDate";
    public const string PassportInvalid = "Id.PassportInvalid";
    public const string DocumentTypeInvalid = "Id.DocumentTypeInvalid";
}
