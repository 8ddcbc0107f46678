namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class VolunteerErrors
{
    public const string AlreadyRegistered = "Volunteer.AlreadyRegistered";
    public const string NameInvalid = "Volunteer.NameInvalid";
    public const string PhoneInvalid = "Volunteer.PhoneInvalid";
    public const string PhoneTaken = "Volunteer.PhoneTaken";
    public const string SkillsTooLong = "Volunteer.SkillsTooLong";
    public const string IntentionInvalid = "Volunteer.IntentionInvalid";
    public const string NotRegistered = "Volunteer.NotRegistered";
    public const string NotAllowed = "Volunteer.NotAllowed";
}
