using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The volunteer search the pages run, on both databases (their SQL differs for lists of values).</summary>
public sealed class VolunteerSearchTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Search_by_name_number_identifier_membership_and_region(StorageProvider provider)
    {
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var directory = new SqlVolunteerDirectory(profile.Connections);
        await AddAsync(directory, "v1", "210900000001", "王小明", "210902");
        await AddAsync(directory, "v2", "210900000002", "李小红", "210922");
        await AddAsync(directory, "v3", "210900000003", "王大力", "210911");
        await directory.ClaimIdentifierAsync("PHONE:H2", "v2", TestContext.Current.CancellationToken);
        await using (var connection = await profile.Connections.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(
                "INSERT INTO organizations (id, name, kind, region_code, status, created_utc, updated_utc) VALUES ('o1', '协会', 'VolunteerOrganization', '210902', 'Active', @Now, @Now);",
                new { Now = DateTime.UtcNow });
            await connection.ExecuteAsync(
                "INSERT INTO memberships (volunteer_id, organization_id, status, status_since_utc, share_records) VALUES ('v3', 'o1', 'Member', @Now, @No);",
                new { Now = DateTime.UtcNow, No = false });
        }

        async Task<string[]> Find(VolunteerSearch search) =>
            [.. (await directory.SearchAsync(search, TestContext.Current.CancellationToken)).Items.Select(v => v.Id)];

        Assert.Equal(["v1", "v3"], await Find(new VolunteerSearch(Text: "王")));
        Assert.Equal(["v2"], await Find(new VolunteerSearch(Text: "210900000002")));
        Assert.Equal(["v1", "v2", "v3"], await Find(new VolunteerSearch(Text: "2109000000")));
        Assert.Equal(["v2"], await Find(new VolunteerSearch(Text: "13800000000", IdentifierHashes: ["PHONE:H2", "ID:NONE"])));
        Assert.Equal(["v3"], await Find(new VolunteerSearch(MemberOf: "o1")));
        Assert.Equal(["v1", "v3"], await Find(new VolunteerSearch(RegionCodes: ["210902"])));
        Assert.Empty(await Find(new VolunteerSearch(RegionCodes: [])));
    }

    private static Task AddAsync(SqlVolunteerDirectory directory, string id, string number, string name, string region) =>
        directory.UpsertAsync(new VolunteerRow
        {
            Id = id,
            VolunteerNumber = number,
            DisplayName = name,
            Status = "Registered",
            RegisteredUtc = DateTime.UtcNow,
            ResidenceRegion = region,
            Sex = "Male",
            BirthDate = new DateOnly(1990, 1, 1),
        }, TestContext.Current.CancellationToken);
}
