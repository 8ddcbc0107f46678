namespace VolunteerRecords.Grains.SpotChecks;

/// <summary>Rule codes; each is a key in the resource files.</summary>
public static class SpotCheckErrors
{
    public const string NotAllowed = "SpotCheck.NotAllowed";
    public const string PeriodInvalid = "SpotCheck.PeriodInvalid";
    public const string SizeInvalid = "SpotCheck.SizeInvalid";
    public const string NotFound = "SpotCheck.NotFound";
    public const string NoteRequired = "SpotCheck.NoteRequired";
    public const string NotQuestioned = "SpotCheck.NotQuestioned";
}
