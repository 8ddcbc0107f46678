using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Tests.Infrastructure;

namespace VolunteerRecords.Grains.Tests.Matching;

/// <summary>A service base's state reads back from storage after its grain is gone, not only while it is active (A19.4).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ServiceBaseStorageTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_service_base_reads_back_after_its_grain_was_deactivated_A19()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = Guid.NewGuid();
        var today = ChinaTime.Today(TestClock.Instance);
        await fixture.Grains.GetGrain<IServiceBaseGrain>(id).RegisterAsync(
            new ServiceBaseAgreement(organization, "太平区社区服务中心", "太平区煤海路 2 号", today, today.AddYears(2),
                [ServiceCategory.CommunityService, ServiceCategory.HelpForVulnerableGroups]),
            Scenario.Recorder(organization));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var read = await fixture.Grains.GetGrain<IServiceBaseGrain>(id).GetAsync();

        Assert.NotNull(read);
        Assert.Equal([ServiceCategory.CommunityService, ServiceCategory.HelpForVulnerableGroups], read.Kinds);
    }
}
