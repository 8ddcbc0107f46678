using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Volunteers;
using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>The one-statement check of which lists a volunteer's page needs to read, on both profiles.</summary>
public sealed class VolunteerFootprintTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_list_is_marked_present_exactly_when_the_volunteer_has_a_row_in_it_A22(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.MigratedAsync(provider);
        var footprints = new SqlVolunteerFootprints(profile.Connections);
        var empty = await footprints.OfAsync("v1", cancellation);
        await new SqlRecordBook(profile.Connections).FileComplaintAsync(new ComplaintRow
        {
            Id = "c1",
            VolunteerId = "v1",
            OrganizationId = "o1",
            Complainant = "王奶奶",
            Content = "约定上门时间未到",
            FiledByName = "记录员",
            FiledUtc = new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc),
            Status = ComplaintStatus.Filed,
        }, cancellation);

        var filed = await footprints.OfAsync("v1", cancellation);
        var other = await footprints.OfAsync("v2", cancellation);

        Assert.False(empty.Complaints || empty.Sanctions || empty.Claims || empty.Certificates || empty.Activities || empty.Trainings);
        Assert.True(filed.Complaints);
        Assert.False(filed.Sanctions || filed.Claims || filed.Evaluations);
        Assert.False(other.Complaints);
    }
}
