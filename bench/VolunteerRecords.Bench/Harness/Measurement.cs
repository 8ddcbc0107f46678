namespace VolunteerRecords.Bench.Harness;

public sealed record Measurement(string Figure, string Store, int Workers, long Operations, TimeSpan Elapsed)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
