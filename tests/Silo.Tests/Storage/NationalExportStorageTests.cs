using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Exports;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>Each national export carries what was appended after the previous one, once (A21, A23), on both profiles.</summary>
public sealed class NationalExportStorageTests
{
    private static readonly DateTime Served = new(2025, 5, 1, 1, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task An_export_takes_up_where_the_last_stopped_and_a_correction_goes_out_in_the_next_A23(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlNationalExportStore(profile.Connections);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        var seed = new CitySeed(connection);
        await seed.OrganizationAsync("o1", "210902", "阳光协会");
        await seed.VolunteerAsync("v1");
        await seed.VolunteerAsync("v2");

        var empty = await store.CreateAsync("市局", DateTime.UtcNow, cancellation);
        var corrected = await seed.ServiceAsync("v1", "o1", Served, 120);
        await seed.ServiceAsync("v2", "o1", Served, 90);
        await seed.TrainingAsync("v1", "o1", 180, new DateOnly(2025, 4, 1));
        await seed.CommendationAsync("v2", "优秀志愿者");
        var first = await store.CreateAsync("市局", DateTime.UtcNow, cancellation);
        var nothingNew = await store.CreateAsync("市局", DateTime.UtcNow, cancellation);
        var correction = await seed.ServiceAsync("v1", "o1", Served, 60, corrects: corrected, delta: -60);
        var later = await seed.ServiceAsync("v2", "o1", Served.AddDays(7), 30);
        var second = await store.CreateAsync("市局", DateTime.UtcNow, cancellation);

        Assert.Null(empty);
        Assert.Null(nothingNew);
        Assert.Equal((1, 2, 1, 1), (first!.Number, first.RecordCount, first.TrainingCount, first.CommendationCount));
        Assert.Equal((2, 2, 0, 0), (second!.Number, second.RecordCount, second.TrainingCount, second.CommendationCount));
        var firstRecords = await store.RecordsAsync(first, cancellation).ToListAsync(cancellation);
        var secondRecords = await store.RecordsAsync(second, cancellation).ToListAsync(cancellation);
        var again = await store.RecordsAsync((await store.FindAsync(1, cancellation))!, cancellation).ToListAsync(cancellation);
        Assert.Equal(2, firstRecords.Count);
        Assert.Equal([correction, later], secondRecords.Select(r => r.Id));
        Assert.Equal(corrected, secondRecords[0].CorrectsId);
        Assert.Equal(-60, secondRecords[0].DeltaMinutes);
        Assert.Equal(firstRecords.Select(r => r.Id), again.Select(r => r.Id));
        Assert.Equal("阳光协会", firstRecords[0].OrganizationName);
        Assert.Equal("急救培训", Assert.Single(await store.TrainingAsync(first, cancellation).ToListAsync(cancellation)).TrainingName);
        Assert.Empty(await store.CommendationsAsync(second, cancellation).ToListAsync(cancellation));
        Assert.Equal([2, 1], (await store.ListAsync(cancellation)).Select(e => e.Number));
    }
}
