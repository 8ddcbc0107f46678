using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using VolunteerRecords.Bench.Harness;
using VolunteerRecords.Bench.Scenarios;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Bench.Profile;

/// <summary>
/// The volunteer's own page under load, next to the sign-in page in the same run: a node of the real platform (pages
/// and silo in one process, as the README runs it) over a city of 100,000 volunteers and 1,000,000 ledger rows, and one
/// volunteer with 500 certified entries for five organizations and three certificates. wrk drives each page with 32
/// connections. Goal (issue 15): her page at least 0.3× the sign-in page's requests a second, p99 at most 50 ms.
/// </summary>
public sealed partial class ProfileScenario(StoreUnderTest store, TimeSpan duration)
{
    public const int Connections = 32;
    private const int Port = 5791;
    private const int Organizations = 5;
    private const int Entries = 500;
    private const string Phone = "15900000001";
    private const string Password = "Profile-bench-2026";

    public sealed record Figures(string Store, Wrk.Result SignIn, Wrk.Result Profile)
    {
        public double Ratio => Profile.RequestsPerSecond / SignIn.RequestsPerSecond;

        public bool MeetsGoal => Ratio >= 0.3 && Profile.P99Milliseconds <= 50 && Profile.Non2xx == 0;
    }

    public async Task<Figures> RunAsync()
    {
        var settings = new Dictionary<string, string?>(store.Settings)
        {
            ["Security:RequireSecureCookies"] = "false",
        };
        await using var node = await BenchNode.StartAsync(settings, TimeProvider.System, Port);
        await ProfileFiller.FillAsync(store.Connections, store.Options.Provider);
        await SetUpVolunteerAsync(node.Grains);
        var address = new Uri($"http://127.0.0.1:{Port}");
        var cookie = await SignInAsync(address);

        // A first pass warms the page caches and the connection pool; only the second is reported.
        await Wrk.RunAsync(new Uri(address, "/Volunteers/Me"), cookie, Connections, TimeSpan.FromSeconds(3));
        var signIn = await Wrk.RunAsync(new Uri(address, "/Account/Login"), null, Connections, duration);
        var profile = await Wrk.RunAsync(new Uri(address, "/Volunteers/Me"), cookie, Connections, duration);
        return new Figures(store.Name, signIn, profile);
    }

    private static async Task SetUpVolunteerAsync(IGrainFactory grains)
    {
        var city = new CommandContext(Guid.NewGuid(), new Actor("bench", "市局", Role.CityAdmin, RegionCodes.City, null, null), null);
        var organizations = new Guid[Organizations];
        for (var i = 0; i < Organizations; i++)
        {
            organizations[i] = Guid.NewGuid();
            await grains.GetGrain<IOrganizationGrain>(organizations[i]).RegisterAsync(
                new RegisterOrganization($"海州区志愿服务协会第{i + 1}分会", OrganizationKind.VolunteerOrganization, "210902"), city);
        }

        var volunteer = Guid.NewGuid();
        const string First17 = "21090219900307001";
        await grains.GetGrain<IVolunteerGrain>(volunteer).RegisterAsync(
            new RegisterVolunteer("李晓梅", IdDocumentType.ResidentIdCard, First17 + IdDocuments.CheckCharacter(First17), null, null, "210902", Phone,
                new PasswordHasher<AccountRecord>().HashPassword(new AccountRecord(), Password), "急救", [], Channel: RegistrationChannel.OnSite,
                OrganizationId: organizations[0], PersonConsented: true),
            Context(Recorder(organizations[0])));
        var herself = new Actor("bench-volunteer", "李晓梅", Role.Volunteer, null, null, volunteer);
        foreach (var organization in organizations.Skip(1))
        {
            await grains.Membership(volunteer, organization).ApplyAsync(Context(herself));
            await grains.Membership(volunteer, organization).ConfirmAsync(Context(new Actor("bench-admin", "管理员", Role.OrganizationAdmin, null, organization, null)));
        }

        var grain = grains.GetGrain<IRecordBookGrain>(volunteer);
        for (var n = 0; n < Entries; n++)
        {
            var organization = organizations[n % Organizations];
            var start = new DateTime(2025, 1, 1, 1, 0, 0, DateTimeKind.Utc).AddHours(n * 15L);
            await grain.CertifyServiceAsync(
                new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(2), ServiceCategory.CommunityService,
                    start, start.AddHours(2), 0, "社区服务", "海州区", new ServiceProof("王主任", null, null)),
                Context(Recorder(organization)));
        }

        foreach (var organization in organizations.Take(3))
        {
            await grains.GetGrain<IVolunteerCertificatesGrain>(volunteer).IssueAsync(new CertificateRequest(CertificatePurpose.Employment, null, null, organization), Context(herself));
        }
    }

    private static Actor Recorder(Guid organization) => new("bench-recorder", "记录员", Role.Recorder, null, organization, null);

    private static CommandContext Context(Actor actor) => new(Guid.NewGuid(), actor, null);

    /// <summary>Signs in through the real form and returns the cookies a browser would send with her page.</summary>
    private static async Task<string> SignInAsync(Uri address)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await http.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var login = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Login", Phone), new("Input.Password", Password)]);
        var answer = await http.PostAsync("/Account/Login", login);
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The volunteer could not sign in: {(int)answer.StatusCode}.");
        }

        var page = await http.GetAsync("/Volunteers/Me");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Her page answered {(int)page.StatusCode}.");
        }

        return cookies.GetCookieHeader(address);
    }

    public static void Print(IReadOnlyList<Figures> runs, TimeSpan duration)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Profile page: {ProfileFiller.Volunteers:N0} volunteers, {ProfileFiller.Records:N0} ledger rows; her {Entries} entries, {Organizations} organizations, 3 certificates; wrk -t2 -c{Connections} -d{duration.TotalSeconds:F0}s"));
        Console.WriteLine("| store | sign-in page req/s | p99 | her page req/s | p99 | ratio (goal ≥ 0.30) | non-2xx |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Store} | {run.SignIn.RequestsPerSecond:N0} | {run.SignIn.P99Milliseconds:F1} ms | {run.Profile.RequestsPerSecond:N0} | {run.Profile.P99Milliseconds:F1} ms | {run.Ratio:F2} | {run.Profile.Non2xx} |"));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
