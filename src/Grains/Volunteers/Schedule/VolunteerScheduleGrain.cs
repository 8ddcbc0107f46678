using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Participants;

namespace VolunteerRecords.Grains.Volunteers.Schedule;

/// <summary>Her promised sessions are rows (<c>commitments</c>); the grain only puts the checks for one volunteer in a line.</summary>
public sealed class VolunteerScheduleGrain(ICommitmentStore commitments) : Grain, IVolunteerScheduleGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task CommitAsync(Guid activityId, IReadOnlyList<ActivitySession> sessions)
    {
        foreach (var session in sessions)
        {
            if (await commitments.OverlapsAsync(Key, activityId.ToString(), session.StartUtc, session.EndUtc))
            {
                throw new DomainException(ActivityErrors.ScheduleConflict, Key);
            }
        }

        await commitments.CommitAsync(Key, activityId.ToString(), [.. sessions.Select(s => (s.Id.ToString(), s.StartUtc, s.EndUtc))]);
    }

    public Task ReleaseAsync(Guid activityId) => commitments.ReleaseAsync(Key, activityId.ToString());
}
