namespace VolunteerRecords.Bench.Grains;

[GenerateSerializer, Alias("vr.bench.BenchState")]
public sealed class BenchState
{
    [Id(0)]
    public int Value { get; set; }

    /// <summary>About the size of a small volunteer's state, so the payload is realistic.</summary>
    [Id(1)]
    public string Padding { get; set; } = new('x', 160);
}
