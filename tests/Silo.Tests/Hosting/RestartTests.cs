using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Silo.Tests.Infrastructure;

namespace VolunteerRecords.Silo.Tests.Hosting;

public sealed class RestartTests
{
    [Fact]
    public async Task Data_written_before_a_restart_is_there_after_it()
    {
        var directory = Path.Combine(Path.GetTempPath(), "vr-restart-" + Guid.NewGuid().ToString("N"));
        var id = Guid.NewGuid();
        try
        {
            await using (var before = PlatformHost.Sqlite(directory, FreePort.Next(), FreePort.Next()))
            {
                before.StartServer();
                await before.Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
                    new RegisterOrganization("细河区夕阳红志愿队", OrganizationKind.VolunteerTeam, "210911"), PlatformHost.CityAdminContext());
            }

            await using var after = PlatformHost.Sqlite(directory, FreePort.Next(), FreePort.Next());
            after.StartServer();
            var profile = await after.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();

            Assert.Equal("细河区夕阳红志愿队", profile?.Name);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
