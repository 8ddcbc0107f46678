namespace VolunteerRecords.Grains.Evaluations;

/// <summary>The states of a complaint about a volunteer (A22): filed, then decided once, upheld or dismissed.</summary>
public static class ComplaintStatus
{
    public const string Filed = "Filed";

    /// <summary>Verified as true: the only kind that goes on the volunteer's record (A22).</summary>
    public const string Upheld = "Upheld";

    public const string Dismissed = "Dismissed";
}
