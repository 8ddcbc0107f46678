namespace VolunteerRecords.Bench.Grains;

/// <summary>A grain whose only work is its state: what a write costs without any rule in front of it.</summary>
[Alias("vr.bench.IBenchStateGrain")]
public interface IBenchStateGrain : IGrainWithGuidKey
{
    [Alias("Write")]
    Task WriteAsync(int value);

    [Alias("Read")]
    Task<int> ReadAsync();
}
