using System.Globalization;
using VolunteerRecords.Bench.City;
using VolunteerRecords.Bench.Grains;
using VolunteerRecords.Bench.Harness;
using VolunteerRecords.Bench.Profile;
using VolunteerRecords.Bench.Scenarios;
using VolunteerRecords.Grains.Common;

// Usage: VolunteerRecords.Bench [--seconds N] [--volunteers N] [--only throughput|search|ledger|city|chaos|profile] [--scale N]
// The city (1,000,000 volunteers, 10,000,000 ledger rows, PostgreSQL only), the chaos run and the profile page under wrk
// run only when asked for: --only city, --only chaos, --only profile.
// PostgreSQL is measured when VR_BENCH_POSTGRES (or VR_TEST_POSTGRES) names a server; .ci/postgres.sh starts one.
var options = Arguments.Parse(args);
var duration = TimeSpan.FromSeconds(options.Seconds);
var postgres = Environment.GetEnvironmentVariable("VR_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("VR_TEST_POSTGRES");
const int Writers = 16;
const int Callers = 64;
const int SearchRuns = 200;
const int SheetSize = 20;

var throughput = new List<Measurement>();
var latencies = new List<LatencyMeasurement>();
var stateBytes = new List<(string Store, int AfterRegistration, int AfterManyChanges)>();
var growth = new List<(string Store, double First, double TenThousandth)>();
var stores = new List<Func<Task<StoreUnderTest>>> { () => Task.FromResult(StoreUnderTest.Sqlite()) };
if (!string.IsNullOrWhiteSpace(postgres))
{
    stores.Add(() => StoreUnderTest.PostgreSqlAsync(postgres));
}
else
{
    Console.WriteLine("PostgreSQL not measured: set VR_BENCH_POSTGRES (export VR_BENCH_POSTGRES=\"$(bash .ci/postgres.sh)\").");
}

if (options.Only == "chaos")
{
    if (string.IsNullOrWhiteSpace(postgres))
    {
        Console.WriteLine("Chaos needs PostgreSQL: export VR_BENCH_POSTGRES=\"$(bash .ci/postgres.sh)\".");
        return 1;
    }

    var silo = Path.Combine(AppContext.BaseDirectory, "VolunteerRecords.Silo.dll");
    return await new ChaosScenario(postgres, silo).RunAsync(TimeSpan.FromSeconds(Math.Max(options.Seconds, 30)));
}

if (options.Only == "profile")
{
    if (!Wrk.Installed())
    {
        Console.WriteLine("The profile page is measured with wrk: sudo apt-get install wrk.");
        return 1;
    }

    var runs = new List<ProfileScenario.Figures>();
    foreach (var create in stores)
    {
        await using var store = await create();
        runs.Add(await new ProfileScenario(store, duration).RunAsync());
    }

    ProfileScenario.Print(runs, duration);
    return runs.All(r => r.MeetsGoal) ? 0 : 1;
}

if (options.Only == "city")
{
    if (string.IsNullOrWhiteSpace(postgres))
    {
        Console.WriteLine("The city needs PostgreSQL: export VR_BENCH_POSTGRES=\"$(bash .ci/postgres.sh)\".");
        return 1;
    }

    var size = CitySize.ScaledDown(options.Scale);
    var city = new CityScenario(await new CityGenerator(postgres).PrepareAsync(size));
    Console.WriteLine("City: folding the ledger into the monthly roll-ups...");
    var (folded, foldTime) = await city.FoldAsync();
    var monthly = await city.MonthlyAsync();
    Console.WriteLine("City: selecting campaign candidates...");
    var campaign = await city.CampaignAsync();
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Synthetic city on PostgreSQL: {size.Volunteers:N0} volunteers, {size.Organizations:N0} organizations, {size.Records:N0} ledger rows"));
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---:|");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| folding the ledger into monthly roll-ups (once; then only new rows) | {folded:N0} rows in {foldTime.TotalSeconds:F1} s |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| monthly statistics, whole city (median of 5) | {monthly.Statistics:F1} ms |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| monthly statistics, one district (median of 5) | {monthly.District:F1} ms |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bare SUM … GROUP BY over the month's {monthly.Rows:N0} ledger rows (median of 5) | {monthly.Bare:F1} ms |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| campaign selection over all volunteers, 16 batches + ranking | {campaign.Seconds:F2} s ({campaign.Candidates} kept) |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| campaign selection with star and evaluation criteria | {campaign.EvaluatedSeconds:F2} s |"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"City: monthly statistics / bare SUM = {monthly.Statistics / monthly.Bare:F2} (goal <= 2); bare plan: {monthly.BarePlan}"));
    return 0;
}

foreach (var create in stores)
{
    await using var store = await create();
    var clock = new BenchClock();
    await using (var node = await BenchNode.StartAsync(store.Settings, clock))
    {
        if (options.Runs("throughput"))
        {
            Console.WriteLine($"{store.Name}: grain calls and state writes, {options.Seconds} s each...");
            var readers = Enumerable.Range(0, 256).Select(_ => node.Grains.GetGrain<IBenchStateGrain>(Guid.NewGuid())).ToArray();
            throughput.Add(await Throughput.MeasureAsync("grain calls/s (read, in memory)", store.Name, Callers, duration,
                (worker, n) => readers[(int)((worker * 31 + n) % readers.Length)].ReadAsync()));
            var writers = Enumerable.Range(0, Writers).Select(_ => node.Grains.GetGrain<IBenchStateGrain>(Guid.NewGuid())).ToArray();
            throughput.Add(await Throughput.MeasureAsync("grain state writes/s", store.Name, Writers, duration,
                (worker, n) => writers[worker].WriteAsync((int)n)));
        }

        if (options.Runs("ledger"))
        {
            // Growth first, on a quiet database: after the throughput phase the server is busy vacuuming the new rows.
            var ledger = new LedgerScenario(node.Grains, store);
            Console.WriteLine($"{store.Name}: the 1st and the 10,000th record of one volunteer...");
            var (first, tenThousandth) = await ledger.GrowthAsync();
            growth.Add((store.Name, first, tenThousandth));
            Console.WriteLine($"{store.Name}: certifying with {Writers} recorders at once, {options.Seconds} s...");
            var volunteers = new Guid[Writers];
            for (var i = 0; i < Writers; i++)
            {
                volunteers[i] = await ledger.VolunteerAsync(i);
            }

            var slots = new long[Writers];
            throughput.Add(await Throughput.MeasureAsync("certified records/s (one entry per call)", store.Name, Writers, duration,
                (worker, _) => ledger.CertifyAsync(volunteers[worker], Interlocked.Increment(ref slots[worker]))));

            // The attendance sheet: each recorder certifies a session's roster at once through the activity.
            var rosters = new Guid[Writers][];
            for (var w = 0; w < Writers; w++)
            {
                rosters[w] = new Guid[SheetSize];
                for (var v = 0; v < SheetSize; v++)
                {
                    rosters[w][v] = await ledger.VolunteerAsync(1000 + w * SheetSize + v);
                }
            }

            Console.WriteLine($"{store.Name}: planning activities for {Writers} recorders' attendance sheets...");
            var sheetScenario = new SheetScenario(node.Grains, clock, ledger);
            await sheetScenario.PrepareAsync(rosters);
            var sheets = await Throughput.MeasureAsync("attendance sheets/s", store.Name, Writers, duration, (worker, _) => sheetScenario.CertifyAsync(worker));
            throughput.Add(sheets with { Figure = $"certified records/s (sheets of {SheetSize})", Operations = sheets.Operations * SheetSize });
        }

        if (options.Runs("search"))
        {
            Console.WriteLine($"{store.Name}: loading {options.Volunteers:N0} volunteers, then searching...");
            var personalData = node.Services.GetRequiredService<PersonalDataProtector>();
            var search = new VolunteerSearchScenario(store, personalData);
            var loading = System.Diagnostics.Stopwatch.StartNew();
            await search.LoadAsync(options.Volunteers);
            Console.WriteLine($"{store.Name}: loaded in {loading.Elapsed.TotalSeconds:F1} s");
            latencies.AddRange(await search.MeasureAsync(options.Volunteers, SearchRuns));
            var (registered, changed) = await VolunteerSearchScenario.StateBytesAsync(node.Grains, store.Connections);
            stateBytes.Add((store.Name, registered, changed));
        }
    }

    if (options.Runs("throughput") || options.Runs("ledger"))
    {
        var raw = new RawInsert(store.Connections);
        await raw.PrepareAsync();
        throughput.Add(await Throughput.MeasureAsync("raw durable INSERTs/s", store.Name, Writers, duration, (_, _) => raw.InsertAsync()));
    }
}

if (throughput.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("| figure | store | workers | operations | seconds | per second |");
    Console.WriteLine("|---|---|---:|---:|---:|---:|");
    foreach (var m in throughput)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {m.Figure} | {m.Store} | {m.Workers} | {m.Operations} | {m.Elapsed.TotalSeconds:F1} | {m.PerSecond:F0} |"));
    }

    Console.WriteLine();
    foreach (var store in throughput.Select(m => m.Store).Distinct())
    {
        var inserts = throughput.Single(m => m.Store == store && m.Figure == "raw durable INSERTs/s");
        foreach (var figure in new[] { "grain state writes/s", "certified records/s (one entry per call)", $"certified records/s (sheets of {SheetSize})" })
        {
            if (throughput.SingleOrDefault(m => m.Store == store && m.Figure == figure) is { } measured)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store}: {figure} / raw durable INSERTs = {measured.PerSecond / inserts.PerSecond:F2}"));
            }
        }
    }

    foreach (var (store, first, tenThousandth) in growth)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{store}: certifying a volunteer's 1st records takes {first:F2} ms (median), their 10,000th {tenThousandth:F2} ms: {tenThousandth / first:F2}x"));
    }
}

if (latencies.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Volunteer search over {options.Volunteers:N0} volunteers, {SearchRuns} runs each (ms):"));
    Console.WriteLine("| query | store | p50 | p99 | max |");
    Console.WriteLine("|---|---|---:|---:|---:|");
    foreach (var m in latencies)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {m.Figure} | {m.Store} | {m.P50:F2} | {m.P99:F2} | {m.Max:F2} |"));
    }

    Console.WriteLine();
    foreach (var (store, registered, changed) in stateBytes)
    {
        Console.WriteLine($"{store}: one volunteer grain's stored state = {registered} bytes after registration, {changed} bytes after 200 more changes");
    }
}

return 0;
