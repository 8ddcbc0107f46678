using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Activities.Roster;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>The roster and the attendance sheet of an activity the test holds, under the activity's key.</summary>
public static class ActivityParts
{
    public static IActivityRosterGrain Roster(this ClusterFixture fixture, IActivityGrain activity) =>
        fixture.Grains.GetGrain<IActivityRosterGrain>(activity.GetPrimaryKey());

    public static IActivityAttendanceGrain Attendance(this ClusterFixture fixture, IActivityGrain activity) =>
        fixture.Grains.GetGrain<IActivityAttendanceGrain>(activity.GetPrimaryKey());
}
