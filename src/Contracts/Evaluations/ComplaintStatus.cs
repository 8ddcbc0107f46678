namespace VolunteerRecords.Grains.Evaluations;

/// <summary>The states of a complaint about a volunteer (A22): filed, then decided once, upheld or dismissed. Stored by name.</summary>
public enum ComplaintStatus
{
    Filed,

    /// <summary>Verified as true: the only kind that goes on the volunteer's record (A22).</summary>
    Upheld,

    Dismissed,
}
