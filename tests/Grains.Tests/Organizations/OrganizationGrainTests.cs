using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Organizations;

namespace VolunteerRecords.Grains.Tests.Organizations;

[Collection(ClusterCollection.Name)]
public sealed class OrganizationGrainTests(ClusterFixture fixture)
{
    private static readonly RegisterOrganization Haizhou = new("海州区阳光志愿者协会", OrganizationKind.VolunteerOrganization, "210902");

    [Fact]
    public async Task Register_by_city_bureau_stores_profile_projection_and_audit_A11()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);

        var name = "海州区晨光志愿者协会" + id.ToString("N")[..6];

        var profile = await grain.RegisterAsync(Haizhou with { Name = name }, Actors.Context(Actors.CityAdmin));

        Assert.Equal(name, profile.Name);
        Assert.Equal(OrganizationStatus.Active, profile.Status);
        Assert.Equal(profile, await grain.GetProfileAsync());
        var listed = await new SqlOrganizationReadModel(fixture.Connections).SearchAsync(new OrganizationSearch(Text: name), TestContext.Current.CancellationToken);
        Assert.Contains(listed.Items, row => row.Id == id.ToString() && row.RegionName == "海州区");
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("organization.registered", id.ToString()));
    }

    [Fact]
    public async Task Register_repeated_with_same_operation_does_nothing_twice()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);
        var context = Actors.Context(Actors.CityAdmin);

        var first = await grain.RegisterAsync(Haizhou, context);
        var second = await grain.RegisterAsync(Haizhou, context);

        Assert.Equal(first, second);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("organization.registered", id.ToString()));
    }

    [Fact]
    public async Task Register_again_with_new_operation_is_refused()
    {
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.RegisterAsync(Haizhou, Actors.Context(Actors.CityAdmin));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.RegisterAsync(Haizhou with { Name = "改名" }, Actors.Context(Actors.CityAdmin)));

        Assert.Equal(OrganizationErrors.AlreadyRegistered, error.Code);
        Assert.Equal("海州区阳光志愿者协会", (await grain.GetProfileAsync())!.Name);
    }

    [Fact]
    public async Task Register_by_district_bureau_is_limited_to_its_region_A4()
    {
        var district = Actors.DistrictAdmin("210902");

        var own = await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid())
            .RegisterAsync(Haizhou, Actors.Context(district));
        var otherGrain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            otherGrain.RegisterAsync(Haizhou with { RegionCode = "210922" }, Actors.Context(district)));

        Assert.Equal("210902", own.RegionCode);
        Assert.Equal(OrganizationErrors.OutsideActorRegion, error.Code);
        Assert.Null(await otherGrain.GetProfileAsync());
    }

    [Fact]
    public async Task Register_by_organization_staff_is_refused_A11()
    {
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.RegisterAsync(Haizhou, Actors.Context(Actors.Recorder(Guid.NewGuid()))));

        Assert.Equal(OrganizationErrors.OutsideActorRegion, error.Code);
    }

    [Theory]
    [InlineData("", "210902", OrganizationErrors.NameInvalid)]
    [InlineData("   ", "210902", OrganizationErrors.NameInvalid)]
    [InlineData("阳光协会", "999999", OrganizationErrors.RegionUnknown)]
    public async Task Register_with_bad_input_is_refused_and_stores_nothing(string name, string region, string code)
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.RegisterAsync(new RegisterOrganization(name, OrganizationKind.CharityOrganization, region), Actors.Context(Actors.CityAdmin)));

        Assert.Equal(code, error.Code);
        Assert.Null(await grain.GetProfileAsync());
        Assert.Equal(0, await fixture.Connections.CountRowsAsync("organizations", id.ToString()));
    }

    [Fact]
    public async Task Registered_profile_survives_deactivation()
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).RegisterAsync(Haizhou, Actors.Context(Actors.CityAdmin));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal("海州区阳光志愿者协会", (await fixture.Grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync())!.Name);
    }
}
