namespace VolunteerRecords.Grains.Claims;

/// <summary>What a volunteer asks the organization to certify.</summary>
public static class ClaimKind
{
    /// <summary>Hours for a session the volunteer attended (A13).</summary>
    public const string Hours = "Hours";

    /// <summary>A change to a certified entry (办法 Art13).</summary>
    public const string Correction = "Correction";
}
