using System.Data.Common;
using Dapper;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The database keeps a complaint: decided once, never rewritten or deleted (A22), on both profiles.</summary>
public sealed class ComplaintStorageTests
{
    private static readonly DateTime Filed = new(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_complaint_is_decided_once_and_never_rewritten_or_deleted_A22(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var book = new SqlRecordBook(profile.Connections);
        await book.FileComplaintAsync(new ComplaintRow
        {
            Id = "c1",
            VolunteerId = "v1",
            OrganizationId = "o1",
            Complainant = "王奶奶",
            Content = "约定上门时间未到",
            FiledByName = "记录员",
            FiledUtc = Filed,
            Status = ComplaintStatus.Filed,
        }, cancellation);

        var decided = await book.DecideComplaintAsync("c1", ComplaintStatus.Upheld, "电话回访属实", "管理员", Filed.AddDays(1), cancellation);
        var again = await book.DecideComplaintAsync("c1", ComplaintStatus.Dismissed, "改判", "管理员", Filed.AddDays(2), cancellation);

        Assert.True(decided);
        Assert.False(again);
        await using var connection = await profile.Connections.OpenAsync(cancellation);
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE complaints SET status = 'Filed' WHERE id = 'c1';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("UPDATE complaints SET content = '另一件事' WHERE id = 'c1';"));
        await Assert.ThrowsAnyAsync<DbException>(() => connection.ExecuteAsync("DELETE FROM complaints WHERE id = 'c1';"));
        var kept = await book.FindComplaintAsync("c1", cancellation);
        Assert.Equal((ComplaintStatus.Upheld, "约定上门时间未到", "电话回访属实"), (kept!.Status, kept.Content, kept.DecisionNote));
    }
}
