namespace VolunteerRecords.Grains.Training;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class TrainingErrors
{
    public const string NotFound = "Training.NotFound";
    public const string AlreadyExists = "Training.AlreadyExists";
    public const string NotAllowed = "Training.NotAllowed";
    public const string NameInvalid = "Training.NameInvalid";
    public const string ContentTooLong = "Training.ContentTooLong";
    public const string ProviderInvalid = "Training.ProviderInvalid";
    public const string DurationInvalid = "Training.DurationInvalid";
    public const string TopicsRequired = "Training.TopicsRequired";
    public const string NotYetHeld = "Training.NotYetHeld";
    public const string ProofRequired = "Training.ProofRequired";
    public const string NotMember = "Training.NotMember";
    public const string NoAttendees = "Training.NoAttendees";
}
