using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Stars;

namespace VolunteerRecords.Silo.Tests.Upgrades;

/// <summary>
/// Today's node over a database an earlier version wrote: state that moved to other grains is carried over, not
/// orphaned (see Fixtures/README.md for what the database holds).
/// </summary>
public sealed class UpgradeTests
{
    private static readonly Guid Organization = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    private static readonly Guid Lei = Guid.Parse("0b000000-0000-0000-0000-00000000000a");
    private static readonly Guid Meimei = Guid.Parse("0b000000-0000-0000-0000-00000000000b");
    private static readonly Guid Fang = Guid.Parse("0b000000-0000-0000-0000-00000000000c");
    private static readonly Guid Activity = Guid.Parse("0c000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task The_roster_of_an_activity_written_by_the_single_activity_grain_goes_on_in_its_own_grain_A8()
    {
        var directory = Unpacked("written-by-96bcc6c");
        try
        {
            await using var host = Node(directory);
            var roster = host.Grains.GetGrain<IActivityRosterGrain>(Activity);
            var participants = host.Services.GetRequiredService<IParticipantStore>();

            var details = await host.Grains.GetGrain<IActivityGrain>(Activity).GetDetailsAsync();
            var newcomer = await RegisteredMemberAsync(host, "赵敏");
            var late = await roster.SignUpAsync(newcomer, true, Self(newcomer));
            await roster.WithdrawAsync(Lei, "家中有事", Self(Lei));
            var movedUp = await participants.FindAsync(Activity.ToString(), Fang.ToString(), TestContext.Current.CancellationToken);
            var newcomerRow = await participants.FindAsync(Activity.ToString(), newcomer.ToString(), TestContext.Current.CancellationToken);

            Assert.Equal((ActivityStatus.Published, 2, "敬老院探访"), (details!.Status, details.Confirmed, details.Title));
            Assert.Equal(ParticipantStatus.Waitlisted, late.Status);
            Assert.Equal(4, newcomerRow!.Position);
            Assert.Equal((ParticipantStatus.Confirmed, 3L), (movedUp!.Status, movedUp.Position));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Hours_stars_and_certificates_written_by_the_single_volunteer_grain_read_on_in_their_own_grains_A20_A26()
    {
        var directory = Unpacked("written-by-96bcc6c");
        try
        {
            await using var host = Node(directory);
            var steps = host.Services.GetRequiredService<IStarHistory>();

            var lei = await host.Grains.GetGrain<IVolunteerGrain>(Lei).GetProfileAsync();
            var meimei = await host.Grains.GetGrain<IVolunteerGrain>(Meimei).GetProfileAsync();
            var totals = await host.Grains.GetGrain<IRecordBookGrain>(Lei).VerifyTotalsAsync();
            var certificates = await host.Services.GetRequiredService<ICertificateStore>().ForVolunteerAsync(Lei.ToString(), TestContext.Current.CancellationToken);
            var kept = await host.Grains.GetGrain<IStarGrain>(Lei).ResolveReviewAsync(true, "更正为登记错误，服务属实", Staff(Role.OrganizationAdmin));
            var granted = await host.Grains.GetGrain<IStarGrain>(Meimei).DecideAsync(1, true, null, Staff(Role.OrganizationAdmin));
            var flags = (await steps.ForVolunteerAsync(Lei.ToString(), TestContext.Current.CancellationToken)).Count(s => s.Kind == StarEventKind.Flagged);
            var listed = await StarLevelsAsync(directory);
            var visibility = await host.Grains.GetGrain<IRecordBookGrain>(Fang).RecordVisibilityAsync(Staff(Role.Recorder));

            Assert.Equal((5700L, true, 1, true, (int?)null), (lei!.CertifiedMinutes, totals.Agree, lei.Star!.Level, lei.Star.ReviewDue, lei.Star.PendingLevel));
            Assert.Equal((6000L, 0, (int?)1), (meimei!.CertifiedMinutes, meimei.Star!.Level, meimei.Star.PendingLevel));
            Assert.Single(certificates);
            Assert.Equal((1, false), (kept.Star!.Level, kept.Star.ReviewDue));
            Assert.Equal((1, (int?)null), (granted.Star!.Level, granted.Star.PendingLevel));
            Assert.Equal(1, flags);
            Assert.Equal((1, 1, 0), (listed[Lei], listed[Meimei], listed[Fang]));
            Assert.NotNull(visibility);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>No later than the day after the fixture was written: its activity still recruits.</summary>
    private static PlatformHost Node(string directory)
    {
        var host = new PlatformHost(PlatformHost.Sqlite(directory, FreePort.Next(), FreePort.Next()).Settings)
        {
            Clock = new NeverAheadClock(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)),
        };
        host.StartServer();
        return host;
    }

    private static async Task<Dictionary<Guid, long>> StarLevelsAsync(string directory)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(directory, "volunteer-records.db")}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, star_level FROM volunteers;";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var levels = new Dictionary<Guid, long>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            levels[Guid.Parse(reader.GetString(0))] = reader.GetInt64(1);
        }

        return levels;
    }

    private static string Unpacked(string fixture)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Upgrades", "Fixtures", fixture);
        var directory = Path.Combine(Path.GetTempPath(), "vr-upgrade-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        using (var packed = File.OpenRead(source + ".db.gz"))
        using (var gzip = new GZipStream(packed, CompressionMode.Decompress))
        using (var database = File.Create(Path.Combine(directory, "volunteer-records.db")))
        {
            gzip.CopyTo(database);
        }

        File.Copy(source + ".key", Path.Combine(directory, "personal-data.key"));
        return directory;
    }

    private static async Task<Guid> RegisteredMemberAsync(PlatformHost host, string name)
    {
        var id = Guid.NewGuid();
        const string First17 = "21090219950101003";
        await host.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(
            new RegisterVolunteer(name, IdDocumentType.ResidentIdCard, First17 + IdDocuments.CheckCharacter(First17), null, null, "210902",
                "13600000009", "hashed-elsewhere", "", [ServiceCategory.CommunityService]),
            Self(id));
        await host.Grains.Membership(id, Organization).JoinAsync(Staff(Role.Recorder));
        return id;
    }

    private static CommandContext Self(Guid volunteer) =>
        new(Guid.NewGuid(), new Actor(volunteer.ToString(), "志愿者", Role.Volunteer, null, null, volunteer), "127.0.0.1");

    private static CommandContext Staff(Role role) =>
        new(Guid.NewGuid(), new Actor("staff-" + role, "工作人员", role, null, Organization, null), "127.0.0.1");
}
