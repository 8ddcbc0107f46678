namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>The actors of the authorization matrix: each role, inside and outside the scope of organization A.</summary>
public enum Who
{
    Anonymous,

    /// <summary>The volunteer the pages are about: a member of organization A.</summary>
    Volunteer,

    /// <summary>Another registered volunteer, member of nothing.</summary>
    Stranger,
    RecorderA,
    AdminA,
    RecorderB,
    AdminB,

    /// <summary>The bureau of organization A's district (210902).</summary>
    DistrictA,

    /// <summary>The bureau of another district (210911), where organization B is.</summary>
    DistrictB,
    City,
}
