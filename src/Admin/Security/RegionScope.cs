using System.Security.Claims;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Security;

/// <summary>Which regions a bureau user's lists cover: everything for the city bureau, its own subtree for a district.</summary>
public sealed class RegionScope(IRegionDirectory regions)
{
    /// <returns>null for no restriction; an empty list for a user who oversees no region.</returns>
    public async Task<IReadOnlyCollection<string>?> RegionsOfAsync(ClaimsPrincipal user)
    {
        var role = user.Role();
        var own = user.FindFirst(VrClaimTypes.RegionCode)?.Value;
        if (role == Role.CityAdmin && own == RegionCodes.City)
        {
            return null;
        }

        if (role is not (Role.CityAdmin or Role.DistrictAdmin) || own is null)
        {
            return [];
        }

        var all = await regions.ListAsync();
        return [.. all.Where(r => RegionCodes.Contains(own, r.Code)).Select(r => r.Code)];
    }
}
