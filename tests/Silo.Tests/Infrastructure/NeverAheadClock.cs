namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>
/// Real time, moved back to <paramref name="latestStart"/> once real time has passed it, and running at real speed
/// from there: data written for a day keeps meeting the rules of that day. Never a clock that stands still or runs
/// ahead — the cluster's membership compares its own timestamps with this clock, and a node that sees itself late by
/// hours declares itself dead and stops the process.
/// </summary>
public sealed class NeverAheadClock(DateTimeOffset latestStart) : TimeProvider
{
    private readonly TimeSpan _shift = System.GetUtcNow() > latestStart ? latestStart - System.GetUtcNow() : TimeSpan.Zero;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
