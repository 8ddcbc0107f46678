using VolunteerRecords.Grains.Activities;

namespace VolunteerRecords.Grains.Volunteers.Schedule;

/// <summary>
/// The time a volunteer has promised to activities, keyed by her id. Through this grain, so two activities signing
/// the same volunteer up at once are checked one after the other: no two promised sessions overlap (A8 sign-up check).
/// </summary>
[Alias("vr.IVolunteerScheduleGrain")]
public interface IVolunteerScheduleGrain : IGrainWithGuidKey
{
    /// <summary>Promises her time to the activity's sessions; refused when one overlaps a session she promised elsewhere.</summary>
    [Alias("Commit")]
    Task CommitAsync(Guid activityId, IReadOnlyList<ActivitySession> sessions);

    [Alias("Release")]
    Task ReleaseAsync(Guid activityId);
}
