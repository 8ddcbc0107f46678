using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

public static class Actors
{
    public static Actor CityAdmin { get; } = new("city-admin", "市局管理员", Role.CityAdmin, RegionCodes.City, null, null);

    public static Actor DistrictAdmin(string regionCode) => new("district-" + regionCode, "区局管理员", Role.DistrictAdmin, regionCode, null, null);

    public static Actor Recorder(Guid organizationId) => new("recorder-" + organizationId, "记录员", Role.Recorder, null, organizationId, null);

    public static Actor Volunteer(Guid volunteerId) => new(volunteerId.ToString(), "志愿者", Role.Volunteer, null, null, volunteerId);

    public static CommandContext Context(Actor actor) => new(Guid.NewGuid(), actor, "127.0.0.1");
}
