using System.Globalization;
using VolunteerRecords.Bench.Grains;
using VolunteerRecords.Bench.Harness;
using VolunteerRecords.Bench.Scenarios;

// Usage: VolunteerRecords.Bench [--seconds N]
// PostgreSQL is measured when VR_BENCH_POSTGRES (or VR_TEST_POSTGRES) names a server; .ci/postgres.sh starts one.
var seconds = args.Length >= 2 && args[0] == "--seconds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var duration = TimeSpan.FromSeconds(seconds);
var postgres = Environment.GetEnvironmentVariable("VR_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("VR_TEST_POSTGRES");
const int Writers = 16;
const int Callers = 64;

var results = new List<Measurement>();
var stores = new List<Func<Task<StoreUnderTest>>> { () => Task.FromResult(StoreUnderTest.Sqlite()) };
if (!string.IsNullOrWhiteSpace(postgres))
{
    stores.Add(() => StoreUnderTest.PostgreSqlAsync(postgres));
}
else
{
    Console.WriteLine("PostgreSQL not measured: set VR_BENCH_POSTGRES (export VR_BENCH_POSTGRES=\"$(bash .ci/postgres.sh)\").");
}

foreach (var create in stores)
{
    await using var store = await create();
    Console.WriteLine($"Measuring {store.Name} for {seconds} s per figure...");
    await using (var node = await BenchNode.StartAsync(store.Settings))
    {
        var readers = Enumerable.Range(0, 256).Select(_ => node.Grains.GetGrain<IBenchStateGrain>(Guid.NewGuid())).ToArray();
        results.Add(await Throughput.MeasureAsync("grain calls/s (read, in memory)", store.Name, Callers, duration,
            (worker, n) => readers[(int)((worker * 31 + n) % readers.Length)].ReadAsync()));

        var writers = Enumerable.Range(0, Writers).Select(_ => node.Grains.GetGrain<IBenchStateGrain>(Guid.NewGuid())).ToArray();
        results.Add(await Throughput.MeasureAsync("grain state writes/s", store.Name, Writers, duration,
            (worker, n) => writers[worker].WriteAsync((int)n)));
    }

    var raw = new RawInsert(store.Connections);
    await raw.PrepareAsync();
    results.Add(await Throughput.MeasureAsync("raw durable INSERTs/s", store.Name, Writers, duration, (_, _) => raw.InsertAsync()));
}

Console.WriteLine();
Console.WriteLine("| figure | store | workers | operations | seconds | per second |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var m in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {m.Figure} | {m.Store} | {m.Workers} | {m.Operations} | {m.Elapsed.TotalSeconds:F1} | {m.PerSecond:F0} |"));
}

Console.WriteLine();
foreach (var store in results.Select(m => m.Store).Distinct())
{
    var writes = results.Single(m => m.Store == store && m.Figure == "grain state writes/s");
    var inserts = results.Single(m => m.Store == store && m.Figure == "raw durable INSERTs/s");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store}: grain state writes / raw durable INSERTs = {writes.PerSecond / inserts.PerSecond:F2}"));
}
