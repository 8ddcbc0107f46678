using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Categories;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The A17 areas are seeded and added ones follow them, once per code, on both profiles.</summary>
public sealed class CategoryStoreTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task The_five_A17_areas_come_first_and_an_added_area_is_stored_once_A17(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlCategoryStore(profile.Connections);
        var culture = new CategoryRecord { Code = "CultureAndSports", NameZh = "文体服务", NameEn = "Culture and sports", CreatedUtc = DateTime.UtcNow };

        var added = await store.AddAsync(culture, cancellation);
        var again = await store.AddAsync(culture, cancellation);
        var list = await store.ListAsync(cancellation);

        Assert.Equal((true, false), (added, again));
        Assert.Equal(
            ["CommunityService", "EnvironmentalProtection", "EventsAndGatherings", "EmergencyRescue", "HelpForVulnerableGroups", "CultureAndSports"],
            list.Select(c => c.Code));
        Assert.Equal((true, false), (list[0].BuiltIn, list[^1].BuiltIn));
    }
}
