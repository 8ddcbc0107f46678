using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Grains.Tests.Activities;

[Collection(ClusterCollection.Name)]
public sealed class ActivityGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task CreateDraft_by_organization_recorder_stores_draft_and_lists_it_A17()
    {
        var organizationId = await RegisterOrganizationAsync();
        var id = Guid.NewGuid();

        var details = await fixture.Grains.GetGrain<IActivityGrain>(id).CreateDraftAsync(
            new CreateActivityDraft(organizationId, "细河区社区环境清扫", ServiceCategory.EnvironmentalProtection, "清理楼道杂物", "细河区四合街道"),
            Actors.Context(Actors.Recorder(organizationId)));

        Assert.Equal(ActivityStatus.Draft, details.Status);
        Assert.Equal(ServiceCategory.EnvironmentalProtection, details.Category);
        var listed = await new SqlActivityReadModel(fixture.Connections).ListByOrganizationAsync(organizationId.ToString(), 1, 20, TestContext.Current.CancellationToken);
        Assert.Equal(id.ToString(), Assert.Single(listed.Items).Id);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("activity.draft-created", id.ToString()));
    }

    [Fact]
    public async Task CreateDraft_by_recorder_of_another_organization_is_refused()
    {
        var organizationId = await RegisterOrganizationAsync();
        var grain = fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.CreateDraftAsync(
            new CreateActivityDraft(organizationId, "助老", ServiceCategory.HelpForVulnerableGroups, "", "太平区"),
            Actors.Context(Actors.Recorder(Guid.NewGuid()))));

        Assert.Equal(ActivityErrors.NotAllowed, error.Code);
        Assert.Null(await grain.GetDetailsAsync());
    }

    [Fact]
    public async Task CreateDraft_for_unregistered_organization_is_refused()
    {
        var unknown = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IActivityGrain>(Guid.NewGuid()).CreateDraftAsync(
            new CreateActivityDraft(unknown, "助老", ServiceCategory.HelpForVulnerableGroups, "", "太平区"),
            Actors.Context(Actors.CityAdmin)));

        Assert.Equal(OrganizationErrors.NotFound, error.Code);
    }

    [Theory]
    [InlineData("", "太平区", ActivityErrors.TitleInvalid)]
    [InlineData("助老", " ", ActivityErrors.PlaceInvalid)]
    public async Task CreateDraft_with_bad_input_is_refused_and_stores_nothing(string title, string place, string code)
    {
        var organizationId = await RegisterOrganizationAsync();
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IActivityGrain>(id).CreateDraftAsync(
            new CreateActivityDraft(organizationId, title, ServiceCategory.CommunityService, "", place),
            Actors.Context(Actors.Recorder(organizationId))));

        Assert.Equal(code, error.Code);
        Assert.Equal(0, await fixture.Connections.CountRowsAsync("activities", id.ToString()));
    }

    private async Task<Guid> RegisterOrganizationAsync()
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(
            new RegisterOrganization("细河区青年志愿服务队", OrganizationKind.VolunteerTeam, "210911"),
            Actors.Context(Actors.CityAdmin));
        return id;
    }
}
