namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class VolunteerErrors
{
    public const string AlreadyRegistered = "Volunteer.AlreadyRegistered";
    public const string NameInvalid = "Volunteer.NameInvalid";
    public const string PhoneInvalid = "Volunteer.PhoneInvalid";
    public const string PhoneTaken = "Volunteer.PhoneTaken";
    public const string IdTaken = "Volunteer.IdTaken";
    public const string SkillsTooLong = "Volunteer.SkillsTooLong";
    public const string IntentionInvalid = "Volunteer.IntentionInvalid";
    public const string NotRegistered = "Volunteer.NotRegistered";
    public const string NotAllowed = "Volunteer.NotAllowed";
    public const string BirthDateRequired = "Volunteer.BirthDateRequired";
    public const string ResidenceUnknown = "Volunteer.ResidenceUnknown";
    public const string GuardianRequired = "Volunteer.GuardianRequired";
    public const string GuardianInvalid = "Volunteer.GuardianInvalid";
    public const string GuardianDataConsentRequired = "Volunteer.GuardianDataConsentRequired";
    public const string PersonConsentRequired = "Volunteer.PersonConsentRequired";
    public const string OrganizationRequired = "Volunteer.OrganizationRequired";
    public const string ReasonRequired = "Volunteer.ReasonRequired";
    public const string Revoked = "Volunteer.Revoked";
    public const string NotRevoked = "Volunteer.NotRevoked";
    public const string CorrectionInvalid = "Volunteer.CorrectionInvalid";
    public const string CorrectionNotFound = "Volunteer.CorrectionNotFound";
    public const string GuardianMustDecide = "Volunteer.GuardianMustDecide";
}
