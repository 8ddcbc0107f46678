using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>A volunteer's lists read as one batch, on both profiles: every statement runs and answers in its place.</summary>
public sealed class VolunteerListsTests
{
    private static readonly Guid Her = Guid.Parse("7d7c2a1e-0000-4000-8000-000000000001");
    private static readonly Guid Other = Guid.Parse("7d7c2a1e-0000-4000-8000-000000000002");

    private static readonly VolunteerList Every = Enum.GetValues<VolunteerList>().Aggregate(VolunteerList.None, (all, one) => all | one);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Each_list_answers_with_her_rows_and_no_one_elses_A22(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var book = new SqlRecordBook(profile.Connections);
        var lists = new SqlVolunteerLists(profile.Connections);
        var empty = await lists.ReadAsync(Her, Every, 50, cancellation);
        await book.FileComplaintAsync(new ComplaintRow
        {
            Id = "c1",
            VolunteerId = Her.ToString(),
            OrganizationId = "o1",
            Complainant = "王奶奶",
            Content = "约定上门时间未到",
            FiledByName = "记录员",
            FiledUtc = new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc),
            Status = ComplaintStatus.Filed,
        }, cancellation);
        await book.AddCommendationAsync(new CommendationRow
        {
            Id = "m1",
            OperationId = "op-m1",
            VolunteerId = Her.ToString(),
            OrganizationId = "o1",
            Title = "优秀志愿者",
            GrantedOn = new DateOnly(2026, 10, 1),
            GrantingBody = "海州区民政局",
            RecordedByName = "记录员",
            RecordedUtc = new DateTime(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc),
        }, cancellation);

        var hers = await lists.ReadAsync(Her, Every, 50, cancellation);
        var onlyComplaints = await lists.ReadAsync(Her, VolunteerList.Complaints, 50, cancellation);
        var others = await lists.ReadAsync(Other, Every, 50, cancellation);

        Assert.Empty(empty.Complaints);
        Assert.Empty(empty.Commendations);
        Assert.Null(empty.StarEligibility);
        Assert.Equal("约定上门时间未到", Assert.Single(hers.Complaints).Content);
        Assert.Equal("优秀志愿者", Assert.Single(hers.Commendations).Title);
        Assert.Empty(hers.Sanctions);
        Assert.Empty(hers.Certificates);
        Assert.Single(onlyComplaints.Complaints);
        Assert.Empty(onlyComplaints.Commendations);
        Assert.Empty(others.Complaints);
        Assert.Empty(others.Commendations);
    }
}
