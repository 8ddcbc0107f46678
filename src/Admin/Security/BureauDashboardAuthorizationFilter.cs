using Hangfire.Dashboard;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Security;

/// <summary>Second line behind the endpoint policy: Hangfire's own check, which also guards its JSON calls.</summary>
public sealed class BureauDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public static bool IsCityBureau(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(nameof(Role.CityAdmin))
        && user.FindFirst(VrClaimTypes.RegionCode)?.Value == Grains.Regions.RegionCodes.City;

    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true
            && (user.IsInRole(nameof(Role.CityAdmin)) || user.IsInRole(nameof(Role.DistrictAdmin)));
    }
}
