using System.Diagnostics;

namespace VolunteerRecords.Bench.Harness;

/// <summary>Runs <c>workers</c> loops of one operation for a fixed time after a warm-up and counts completions.</summary>
public static class Throughput
{
    public static async Task<Measurement> MeasureAsync(string figure, string store, int workers, TimeSpan duration, Func<int, long, Task> operation)
    {
        await RunAsync(workers, TimeSpan.FromSeconds(1), operation);
        var stopwatch = Stopwatch.StartNew();
        var count = await RunAsync(workers, duration, operation);
        stopwatch.Stop();
        return new Measurement(figure, store, workers, count, stopwatch.Elapsed);
    }

    private static async Task<long> RunAsync(int workers, TimeSpan duration, Func<int, long, Task> operation)
    {
        long total = 0;
        using var stop = new CancellationTokenSource(duration);
        var loops = Enumerable.Range(0, workers).Select(async worker =>
        {
            long done = 0;
            while (!stop.IsCancellationRequested)
            {
                await operation(worker, done);
                done++;
            }

            Interlocked.Add(ref total, done);
        });
        await Task.WhenAll(loops);
        return total;
    }
}
