namespace VolunteerRecords.Grains.Activities;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class ActivityErrors
{
    public const string AlreadyExists = "Activity.AlreadyExists";
    public const string TitleInvalid = "Activity.TitleInvalid";
    public const string DescriptionTooLong = "Activity.DescriptionTooLong";
    public const string PlaceInvalid = "Activity.PlaceInvalid";
    public const string CategoryInvalid = "Activity.CategoryInvalid";
    public const string NotAllowed = "Activity.NotAllowed";
}
