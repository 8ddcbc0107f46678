namespace VolunteerRecords.Grains.Evaluations;

public static class RecordRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxTitleLength = 100;
    public const int MaxTextLength = 500;
}
