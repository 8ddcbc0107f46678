using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Common;

public sealed class RecentOperationsTests
{
    [Fact]
    public void Keeps_only_the_newest_ids_so_state_stays_small()
    {
        var operations = new RecentOperations();
        var ids = Enumerable.Range(0, RecentOperations.Capacity + 10).Select(_ => Guid.NewGuid()).ToList();

        ids.ForEach(operations.Add);

        Assert.Equal(RecentOperations.Capacity, operations.Ids.Count);
        Assert.False(operations.Contains(ids[0]));
        Assert.True(operations.Contains(ids[^1]));
    }
}
