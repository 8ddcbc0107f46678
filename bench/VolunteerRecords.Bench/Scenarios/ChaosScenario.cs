using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;
using Orleans.Configuration;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>
/// Two silos of the real platform (separate processes) on one PostgreSQL database, certification load through both
/// from a cluster client, one silo killed with SIGKILL mid-load and restarted; every failed submission is retried with
/// its operation id until it lands. Then: every submission the client saw succeed is in the ledger once, no session
/// has two current originals for one volunteer, every total equals the ledger's sum, and the survivor's answers.
/// </summary>
public sealed class ChaosScenario(string server, string siloAssembly)
{
    private const int VolunteerCount = 48;
    private const string ClusterId = "volunteer-records";
    private static readonly string Key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private const string ProbePassword = "Chaos-bench-2026";
    private static long _slot;

    private static string Phone(int volunteer) => "158" + (10_000_000 + volunteer).ToString(CultureInfo.InvariantCulture);

    public async Task<int> RunAsync(TimeSpan load)
    {
        var database = "vr_chaos_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.ExecuteAsync($"CREATE DATABASE {database};");
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        var first = Silo.Start(siloAssembly, connection, Key, 0);
        var second = Silo.Start(siloAssembly, connection, Key, 1);
        try
        {
            await first.WaitReadyAsync();
            await second.WaitReadyAsync();
            using var host = await ClientAsync(connection);
            var grains = host.Services.GetRequiredService<IClusterClient>();
            var (organization, volunteers) = await SetUpAsync(grains);

            var succeeded = new ConcurrentBag<Guid>();
            var failures = new ConcurrentBag<string>();
            var survivorAnswers = new ConcurrentBag<int>();
            var survivorPages = new ConcurrentBag<int>();
            using var stop = new CancellationTokenSource(load);
            var workers = Enumerable.Range(0, 8).Select(w => CertifyLoopAsync(grains, organization, volunteers, w, succeeded, failures, stop.Token)).ToList();
            var probe = ProbeAsync(first, survivorAnswers, survivorPages, stop.Token);

            await Task.Delay(load / 3);
            second.Kill();
            var served = await FirstSuccessAfterKillAsync(grains, volunteers);
            await Task.Delay(TimeSpan.FromSeconds(10));
            second = Silo.Start(siloAssembly, connection, Key, 1);
            await Task.WhenAll(workers);
            await probe;
            await second.WaitReadyAsync();

            return await CheckAsync(grains, connection, volunteers, succeeded, failures, survivorAnswers, survivorPages, served);
        }
        finally
        {
            first.Kill();
            second.Kill();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE);");
        }
    }

    private static async Task<IHost> ClientAsync(string connection)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = ClusterId;
                o.ServiceId = ClusterId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connection;
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<(Guid Organization, Guid[] Volunteers)> SetUpAsync(IGrainFactory grains)
    {
        var organization = Guid.NewGuid();
        var city = new CommandContext(Guid.NewGuid(), new Actor("bench", "市局", Role.CityAdmin, RegionCodes.City, null, null), null);
        await grains.GetGrain<IOrganizationGrain>(organization).RegisterAsync(new RegisterOrganization("海州区压力测试协会", OrganizationKind.VolunteerOrganization, "210902"), city);
        var recorder = new Actor("bench-recorder", "记录员", Role.Recorder, null, organization, null);
        var volunteers = new Guid[VolunteerCount];
        for (var i = 0; i < VolunteerCount; i++)
        {
            volunteers[i] = Guid.NewGuid();
            var first17 = "210902" + "1990" + "0307" + (i + 1).ToString("D3", CultureInfo.InvariantCulture);
            await grains.GetGrain<IVolunteerGrain>(volunteers[i]).RegisterAsync(
                new RegisterVolunteer("压测" + i, IdDocumentType.ResidentIdCard, first17 + IdDocuments.CheckCharacter(first17), null, null, "210902",
                    Phone(i), i == 0 ? new Microsoft.AspNetCore.Identity.PasswordHasher<AccountRecord>().HashPassword(new AccountRecord(), ProbePassword) : "unused-hash",
                    "", [], Channel: RegistrationChannel.OnSite, OrganizationId: organization, PersonConsented: true),
                new CommandContext(Guid.NewGuid(), recorder, null));
        }

        return (organization, volunteers);
    }

    /// <summary>One worker: certify one session for one volunteer after another; a failure is resent with the same operation id.</summary>
    private static async Task CertifyLoopAsync(IGrainFactory grains, Guid organization, Guid[] volunteers, int worker, ConcurrentBag<Guid> succeeded, ConcurrentBag<string> failures, CancellationToken stop)
    {
        var recorder = new Actor("bench-recorder", "记录员", Role.Recorder, null, organization, null);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var volunteer = volunteers[(worker * 7 + n) % volunteers.Length];
            // Every entry an hour in its own two-hour slot, across all workers, from 2010 on: no two overlap for anyone
            // and none reaches the future within the ~70,000 entries a run can make.
            var start = new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(Interlocked.Increment(ref _slot) * 2L);
            var entry = new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(1), ServiceCategory.CommunityService,
                start, start.AddHours(1), 0, "社区服务", "海州区", new ServiceProof("王主任", null, null));
            var context = new CommandContext(Guid.NewGuid(), recorder, null);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, context);
                    succeeded.Add(context.OperationId);
                    break;
                }
                catch (DomainException exception)
                {
                    // A rule refused it (it should not here): counted, never retried.
                    failures.Add("refused " + exception.Code);
                    break;
                }
                catch (Exception exception) when (attempt < 60)
                {
                    failures.Add(exception.GetType().Name);
                    await Task.Delay(500, CancellationToken.None);
                }
            }
        }
    }

    private static async Task<TimeSpan> FirstSuccessAfterKillAsync(IGrainFactory grains, Guid[] volunteers)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                // Asked afresh each round, each answer waited for two seconds at most: the time the grains are
                // unreachable, not the client's response timeout for a call that went to the dead silo.
                await Task.WhenAll(volunteers.Select(v => grains.GetGrain<IRecordBookGrain>(v).VerifyTotalsAsync().WaitAsync(TimeSpan.FromSeconds(2))));
                return clock.Elapsed;
            }
            catch (Exception exception) when (exception is not DomainException)
            {
                await Task.Delay(100);
            }
        }

        return clock.Elapsed;
    }

    /// <summary>
    /// The survivor as a balancer and a volunteer see it while its peer dies: its readiness, and the first volunteer's
    /// own page (her grain, memberships, ledger and certificates), signed in over HTTP.
    /// </summary>
    private static async Task ProbeAsync(Silo survivor, ConcurrentBag<int> ready, ConcurrentBag<int> pages, CancellationToken stop)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = survivor.Address, Timeout = TimeSpan.FromSeconds(10) };
        var form = await http.GetStringAsync("/Account/Login", stop);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var login = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Login", Phone(0)), new("Input.Password", ProbePassword)]);
        var signedIn = await http.PostAsync("/Account/Login", login, stop);
        if (signedIn.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("The probe volunteer could not sign in on the survivor.");
        }

        while (!stop.IsCancellationRequested)
        {
            ready.Add(await StatusAsync(http, "/health/ready"));
            pages.Add(await StatusAsync(http, "/Volunteers/Me"));
            await Task.Delay(200, CancellationToken.None);
        }
    }

    private static async Task<int> StatusAsync(HttpClient http, string path)
    {
        try
        {
            return (int)(await http.GetAsync(path, CancellationToken.None)).StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    private static async Task<int> CheckAsync(
        IGrainFactory grains, string connection, Guid[] volunteers, ConcurrentBag<Guid> succeeded, ConcurrentBag<string> failures,
        ConcurrentBag<int> survivorAnswers, ConcurrentBag<int> survivorPages, TimeSpan served)
    {
        await using var db = new NpgsqlConnection(connection);
        var operations = (await db.QueryAsync<string>("SELECT operation_id FROM service_records WHERE corrects_id IS NULL;")).ToList();
        var lost = succeeded.Count(s => !operations.Contains(s.ToString()));
        var doubledOperations = operations.GroupBy(o => o).Count(g => g.Count() > 1);
        var doubledSessions = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM (SELECT session_id, volunteer_id FROM service_records WHERE corrects_id IS NULL AND session_id IS NOT NULL GROUP BY session_id, volunteer_id HAVING COUNT(*) > 1) d;");
        var totals = await Task.WhenAll(volunteers.Select(v => grains.GetGrain<IRecordBookGrain>(v).VerifyTotalsAsync()));
        var off = totals.Count(t => !t.Agree);
        var notReady = survivorAnswers.Count(a => a != 200);
        var refused = failures.Count(f => f.StartsWith("refused", StringComparison.Ordinal));

        Console.WriteLine();
        Console.WriteLine("Chaos: two silos on PostgreSQL, one killed with SIGKILL mid-load and restarted 10 s later");
        Console.WriteLine("| figure | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| submissions the client saw succeed | {succeeded.Count} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| failed attempts, resent with the same operation id | {failures.Count} ({string.Join(", ", failures.GroupBy(f => f).Select(g => $"{g.Key} {g.Count()}"))}) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| lost (succeeded, not in the ledger) | {lost} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| doubled (an operation or a session twice) | {doubledOperations + doubledSessions} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| volunteers whose total differs from the ledger | {off} of {volunteers.Length} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| survivor's /health/ready answers other than 200 | {notReady} of {survivorAnswers.Count} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| survivor's volunteer page: HTTP 500 / 503 / no answer | {survivorPages.Count(a => a == 500)} / {survivorPages.Count(a => a == 503)} / {survivorPages.Count(a => a == 0)} of {survivorPages.Count} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| seconds until every volunteer's grain answered again after the kill | {served.TotalSeconds:F1} |"));
        return lost + doubledOperations + doubledSessions + off + notReady + refused + survivorPages.Count(a => a == 500) == 0 ? 0 : 1;
    }

    /// <summary>A silo of the platform as its own process, so that it can be killed outright.</summary>
    private sealed class Silo(Process process, Uri address)
    {
        public Uri Address { get; } = address;

        public static Silo Start(string assembly, string connection, string key, int index)
        {
            var http = 5700 + index;
            var start = new ProcessStartInfo("dotnet", $"\"{assembly}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(assembly)!,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{http}";
            start.Environment["Storage__Provider"] = "PostgreSql";
            start.Environment["Storage__ConnectionString"] = connection;
            start.Environment["PersonalData__Key"] = key;
            start.Environment["Orleans__SiloPort"] = (11_500 + index).ToString(CultureInfo.InvariantCulture);
            start.Environment["Orleans__GatewayPort"] = (30_500 + index).ToString(CultureInfo.InvariantCulture);
            start.Environment["Security__RequireSecureCookies"] = "false";
            start.Environment["Certificates__PublicOrigin"] = "https://records.example.gov.cn";
            start.Environment["Jobs__RunServer"] = "false";
            start.Environment["Orleans__ClusterId"] = ClusterId;
            start.Environment["Orleans__ServiceId"] = ClusterId;
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new Silo(process, new Uri($"http://127.0.0.1:{http}"));
        }

        public async Task WaitReadyAsync()
        {
            using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                try
                {
                    if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"The silo at {Address} did not become ready.");
        }

        public void Kill()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
