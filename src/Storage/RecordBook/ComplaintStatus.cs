namespace VolunteerRecords.Storage.RecordBook;

/// <summary>The values of <see cref="ComplaintRow.Status"/>; a filed complaint is decided once.</summary>
public static class ComplaintStatus
{
    public const string Filed = "Filed";

    /// <summary>Verified as true: the only kind that goes on the volunteer's record (A22).</summary>
    public const string Upheld = "Upheld";

    public const string Dismissed = "Dismissed";
}
