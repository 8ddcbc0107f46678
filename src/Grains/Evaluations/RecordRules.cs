using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Grains.Evaluations;

public static class RecordRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxTitleLength = 100;
    public const int MaxTextLength = 500;

    /// <summary>A22: of the complaints, only one verified as true goes on the volunteer's record.</summary>
    public static bool IsOnRecord(ComplaintRow complaint) => complaint.Status == ComplaintStatus.Upheld;
}
