using System.Diagnostics;

namespace VolunteerRecords.Bench.Harness;

/// <summary>Times one operation many times in a row (after a warm-up) and reports percentiles in milliseconds.</summary>
public static class Latency
{
    public static async Task<LatencyMeasurement> MeasureAsync(string figure, string store, int runs, Func<int, Task> operation)
    {
        for (var i = 0; i < Math.Min(20, runs); i++)
        {
            await operation(i);
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new LatencyMeasurement(figure, store, runs, Percentile(samples, 0.50), Percentile(samples, 0.99), samples[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
