namespace VolunteerRecords.Grains.Matching;

public static class ProjectStatus
{
    public const string Open = "Open";
    public const string Claimed = "Claimed";
    public const string Completed = "Completed";
}
