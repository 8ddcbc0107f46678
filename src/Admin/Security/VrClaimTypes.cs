namespace VolunteerRecords.Admin.Security;

public static class VrClaimTypes
{
    public const string RegionCode = "vr:region";
    public const string OrganizationId = "vr:organization";
    public const string VolunteerId = "vr:volunteer";
    public const string SecurityStamp = "vr:stamp";
    public const string CanUnmask = "vr:unmask";
    public const string MustChangePassword = "vr:must-change-password";
    public const string PersonalVolunteerId = "vr:personal-volunteer";
    public const string SessionId = "vr:session";
    public const string MustEnrolSecondFactor = "vr:must-enrol-second-factor";
}
