using Microsoft.AspNetCore.Authorization;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Security;

public static class Policies
{
    /// <summary>City and county/district civil-affairs bureaus.</summary>
    public const string Bureau = "bureau";

    /// <summary>Bureaus, and an organization's admins and recorders.</summary>
    public const string Staff = "staff";

    public const string Volunteer = "volunteer";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Bureau, p => p.RequireRole(nameof(Role.CityAdmin), nameof(Role.DistrictAdmin)));
        options.AddPolicy(Staff, p => p.RequireRole(nameof(Role.CityAdmin), nameof(Role.DistrictAdmin), nameof(Role.OrganizationAdmin), nameof(Role.Recorder)));
        options.AddPolicy(Volunteer, p => p.RequireRole(nameof(Role.Volunteer)));
        // Every page needs a signed-in user unless it says [AllowAnonymous].
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
