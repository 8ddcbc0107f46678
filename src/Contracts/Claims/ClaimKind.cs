namespace VolunteerRecords.Grains.Claims;

/// <summary>What a volunteer asks the organization to certify. Stored by name.</summary>
public enum ClaimKind
{
    /// <summary>Hours for a session the volunteer attended (A13).</summary>
    Hours,

    /// <summary>A change to a certified entry (办法 Art13).</summary>
    Correction,
}
