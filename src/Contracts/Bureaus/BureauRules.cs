using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Grains.Bureaus;

public static class BureauRules
{
    /// <summary>Only the city bureau runs bureau accounts: a district's own staff cannot make more of themselves (A4).</summary>
    public static bool MayManage(Actor actor) => actor.Role == Role.CityAdmin && actor.RegionCode == RegionCodes.City;

    /// <summary>A bureau is the city's or one of its counties' and districts' (a six-digit code directly under the city).</summary>
    public static bool IsBureauRegion(string code, string? parentCode) =>
        code == RegionCodes.City || (code.Length == 6 && parentCode == RegionCodes.City);

    public static Role RoleFor(string regionCode) => regionCode == RegionCodes.City ? Role.CityAdmin : Role.DistrictAdmin;
}
