namespace VolunteerRecords.Bench.Harness;

/// <summary>
/// The node's clock, which the benchmark moves forward: activities are planned and published with their sessions
/// ahead, then the clock passes them so the attendance sheets can be certified.
/// </summary>
public sealed class BenchClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
