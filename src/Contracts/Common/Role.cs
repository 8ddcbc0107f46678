namespace VolunteerRecords.Grains.Common;

/// <summary>Who an account acts as. Each role carries its scope: a region, an organization or the volunteer.</summary>
public enum Role
{
    /// <summary>市民政局: the whole city.</summary>
    CityAdmin,

    /// <summary>县区民政局: one county or district (region code).</summary>
    DistrictAdmin,

    /// <summary>An organization's administrator (organization id).</summary>
    OrganizationAdmin,

    /// <summary>专门人员 (A21): confirms and enters an organization's records (organization id).</summary>
    Recorder,

    /// <summary>A volunteer, scoped to their own records.</summary>
    Volunteer,
}
