using VolunteerRecords.Grains.SpotChecks;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.SpotChecks;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>A spot check's draw and its append-only verdicts, on both profiles.</summary>
public sealed class SpotCheckStorageTests
{
    private static readonly DateTime Served = new(2026, 10, 8, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_check_draws_current_entries_of_its_regions_once_and_keeps_every_verdict_A21(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        var seed = new CitySeed(connection);
        await seed.OrganizationAsync("o1", "210902", "海州区协会");
        await seed.OrganizationAsync("o2", "210911", "细河区协会");
        await seed.VolunteerAsync("v1");
        var kept = await seed.ServiceAsync("v1", "o1", Served, 120);
        var corrected = await seed.ServiceAsync("v1", "o1", Served.AddHours(3), 60);
        await seed.ServiceAsync("v1", "o1", Served.AddHours(3), 30, corrects: corrected, delta: -30);
        await seed.ServiceAsync("v1", "o2", Served.AddHours(6), 90);
        await seed.ServiceAsync("v1", "o1", Served.AddDays(40), 90);
        var store = new SqlSpotCheckStore(profile.Connections);
        var check = new SpotCheckRow
        {
            Id = "c1",
            RegionCode = "210902",
            FromDay = new DateOnly(2026, 10, 1),
            ToDay = new DateOnly(2026, 10, 31),
            Size = 10,
            DrawnByName = "区民政局",
            DrawnUtc = Served.AddDays(30),
        };

        await store.DrawAsync(check, ["210902"], cancellation);
        await store.DrawAsync(check, ["210902"], cancellation);
        var items = await store.ItemsAsync("c1", cancellation);
        var question = new SpotCheckEvent("op1", "c1", kept, SpotCheckVerdict.Questioned, "签名不符", "区民政局", Served.AddDays(31));
        var first = await store.AppendAsync(question, cancellation);
        var repeat = await store.AppendAsync(question, cancellation);
        var queue = await store.QuestionedAsync("o1", cancellation);
        await store.AppendAsync(new SpotCheckEvent("op2", "c1", kept, SpotCheckVerdict.Answered, "已核实", "记录员", Served.AddDays(32)), cancellation);
        var answered = await store.FindItemAsync("c1", kept, cancellation);
        var listed = Assert.Single(await store.ListAsync(["210902"], 10, cancellation));

        // The corrected entry is drawn as corrected (one root), the other region's and the later one not at all.
        Assert.Equal(new[] { kept, corrected }.Order(StringComparer.Ordinal), items.Select(i => i.RootId).Order(StringComparer.Ordinal));
        Assert.Equal(2, items.Count);
        Assert.Equal(30, items.Single(i => i.RootId == corrected).Minutes);
        Assert.True(first);
        Assert.False(repeat);
        Assert.Equal(kept, Assert.Single(queue).RootId);
        Assert.Equal((SpotCheckVerdict.Answered, "签名不符"), (answered!.LastVerdict, answered.Question));
        Assert.Equal((2, 0, 1), (listed.Drawn, listed.Questioned, listed.Unmarked));
        Assert.True(await store.HasOperationAsync("op2", cancellation));
    }
}
