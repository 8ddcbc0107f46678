namespace VolunteerRecords.Grains.Activities;

public static class ActivityRules
{
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 4000;
    public const int MaxPlaceLength = 200;
}
