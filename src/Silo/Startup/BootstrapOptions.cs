namespace VolunteerRecords.Silo.Startup;

/// <summary>The first city administrator, created on the first start when none exists.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string AdminUserName { get; set; } = "admin";

    /// <summary>No default on purpose: set Bootstrap__AdminPassword in the environment for the first start.</summary>
    public string? AdminPassword { get; set; }

    public string AdminDisplayName { get; set; } = "市民政局管理员";

    /// <summary>The password came from the environment, where others may have seen it: replaced at first sign-in.</summary>
    public bool MustChangePassword { get; set; } = true;
}
