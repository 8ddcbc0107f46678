namespace VolunteerRecords.Storage.Stars;

public static class StarEventKind
{
    public const string Applied = "Applied";
    public const string Granted = "Granted";
    public const string Declined = "Declined";

    /// <summary>A correction took the hours below the level's threshold: the level waits for a review.</summary>
    public const string Flagged = "Flagged";

    public const string Kept = "Kept";
    public const string Lowered = "Lowered";
}
