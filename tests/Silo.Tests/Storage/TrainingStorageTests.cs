using System.Data.Common;
using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>A confirmed training stays on the record as confirmed, once per volunteer, on both profiles (A14).</summary>
public sealed class TrainingStorageTests
{
    private static readonly DateOnly HeldOn = new(2026, 11, 21);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Attendance_is_recorded_once_and_never_changed_A14(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var store = new SqlTrainingStore(profile.Connections);
        var training = new TrainingRow { Id = "t1", OrganizationId = "o1", Name = "岗前培训", Provider = "指导中心", HeldOn = HeldOn, Minutes = 90, Topics = "Regulations", CreatedUtc = DateTime.UtcNow };
        await store.UpsertAsync(training, cancellation);
        await store.UpsertAsync(new TrainingRow { Id = "t1", OrganizationId = "o1", Name = "岗前培训", Provider = "指导中心", HeldOn = HeldOn, Minutes = 90, Topics = "Regulations", Attendees = 1, CreatedUtc = training.CreatedUtc }, cancellation);
        TrainingRecord Attended(string id) => new()
        {
            Id = id,
            TrainingId = "t1",
            VolunteerId = "v1",
            OrganizationId = "o1",
            TrainingName = "岗前培训",
            Provider = "指导中心",
            HeldOn = HeldOn,
            Minutes = 90,
            ProofName = "指导中心王老师",
            ConfirmedByName = "记录员",
            ConfirmedUtc = DateTime.UtcNow,
        };

        var first = await store.ConfirmAsync(Attended("r1"), cancellation);
        var second = await store.ConfirmAsync(Attended("r2"), cancellation);

        Assert.Equal((true, false), (first, second));
        Assert.Equal(1, Assert.Single((await store.ListForOrganizationAsync("o1", 1, 20, cancellation)).Items).Attendees);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE training_records SET minutes = 600 WHERE id = 'r1';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM training_records WHERE id = 'r1';"));
        var kept = Assert.Single(await store.ForVolunteerAsync("v1", cancellation));
        Assert.Equal((90, HeldOn), (kept.Minutes, kept.HeldOn));
    }
}
