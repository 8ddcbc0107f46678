using VolunteerRecords.Bench.Harness;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>
/// Recorders certifying attendance sheets, as they do after an activity: each recorder has activities of 50 sessions
/// whose roster is their own volunteers, and certifies one session's roster per sheet through the activity grain.
/// </summary>
public sealed class SheetScenario(IGrainFactory grains, BenchClock clock, LedgerScenario ledger)
{
    private const int ActivitiesPerRecorder = 12;
    private static readonly TimeSpan SessionSpacing = TimeSpan.FromHours(2);
    private readonly List<(IActivityGrain Activity, IReadOnlyList<ActivitySession> Sessions)[]> _plans = [];
    private Guid[][] _rosters = [];
    private long[] _nextSheet = [];

    public async Task PrepareAsync(Guid[][] rosters)
    {
        _rosters = rosters;
        _nextSheet = new long[rosters.Length];
        var first = clock.GetUtcNow().UtcDateTime.AddHours(1);
        first = first.AddTicks(-(first.Ticks % TimeSpan.TicksPerHour));
        var span = SessionSpacing * ActivityRules.MaxSessions;
        var staff = new Actor("bench-recorder", "记录员", Role.Recorder, null, ledger.OrganizationId, null);
        for (var recorder = 0; recorder < rosters.Length; recorder++)
        {
            var plans = new (IActivityGrain, IReadOnlyList<ActivitySession>)[ActivitiesPerRecorder];
            for (var a = 0; a < ActivitiesPerRecorder; a++)
            {
                var start = first + span * a;
                var sessions = Enumerable.Range(0, ActivityRules.MaxSessions)
                    .Select(s => new ActivitySession(Guid.NewGuid(), start + SessionSpacing * s, start + SessionSpacing * s + TimeSpan.FromHours(1)))
                    .ToList();
                var activity = grains.GetGrain<IActivityGrain>(Guid.NewGuid());
                await activity.CreateDraftAsync(new CreateActivityDraft(ledger.OrganizationId, "社区服务", ServiceCategory.CommunityService, "", "海州区"), Context(staff));
                await activity.UpdatePlanAsync(
                    new ActivityPlan(sessions, new RecruitmentSettings(false, false, false, rosters[recorder].Length, null), "注意安全", "", false), Context(staff));
                await activity.PublishAsync(Context(staff));
                foreach (var volunteer in rosters[recorder])
                {
                    await grains.GetGrain<IActivityRosterGrain>(activity.GetPrimaryKey()).SignUpAsync(volunteer, true, Context(new Actor(volunteer.ToString(), "bench", Role.Volunteer, null, null, volunteer)));
                }

                await activity.StartAsync(Context(staff));
                plans[a] = (activity, sessions);
            }

            _plans.Add(plans);
        }

        clock.Offset += span * ActivitiesPerRecorder + TimeSpan.FromDays(1);
    }

    /// <summary>The recorder's next sheet: one session, the whole roster, five minutes of travel each.</summary>
    public async Task CertifyAsync(int recorder)
    {
        var sheet = Interlocked.Increment(ref _nextSheet[recorder]) - 1;
        var (activity, sessions) = _plans[recorder][(int)(sheet / ActivityRules.MaxSessions)];
        var session = sessions[(int)(sheet % ActivityRules.MaxSessions)];
        var entries = _rosters[recorder]
            .Select(volunteer => new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 5, new ServiceProof("王主任", null, null)))
            .ToList();
        var results = await grains.GetGrain<IActivityAttendanceGrain>(activity.GetPrimaryKey()).CertifyAttendanceAsync(entries, Context(new Actor("bench-recorder", "记录员", Role.Recorder, null, ledger.OrganizationId, null)));
        if (results.FirstOrDefault(r => r.ErrorCode is not null) is { } refused)
        {
            throw new InvalidOperationException($"The sheet was refused ({refused.ErrorCode}): the benchmark must only count certified entries.");
        }
    }

    private static CommandContext Context(Actor actor) => new(Guid.NewGuid(), actor, null);
}
