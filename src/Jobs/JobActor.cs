using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Jobs;

/// <summary>Who a scheduled job acts as: the city bureau's system account, named so in the audit log.</summary>
public static class JobActor
{
    public static Actor City { get; } = new("system", "系统定时任务", Role.CityAdmin, RegionCodes.City, null, null);
}
