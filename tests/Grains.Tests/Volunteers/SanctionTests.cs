using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Sanctions;

namespace VolunteerRecords.Grains.Tests.Volunteers;

[Collection(ClusterCollection.Name)]
public sealed class SanctionTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_warning_is_recorded_with_reason_decider_and_date_A18()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);

        var profile = await Grain(id).SanctionAsync(SanctionKind.Warning, "多次无故缺席", organization, Scenario.Admin(organization));

        Assert.Equal(1, profile.Warnings);
        Assert.Equal(VolunteerStatus.Registered, profile.Status);
        var record = Assert.Single(await History(id));
        Assert.Equal(("Warning", "多次无故缺席", "组织管理员"), (record.Kind, record.Reason, record.DecidedByName));
        Assert.Equal(TestClock.Instance.GetUtcNow().UtcDateTime, record.AtUtc);
    }

    [Fact]
    public async Task A_revoked_volunteer_cannot_join_organizations_until_a_bureau_reinstates_A18()
    {
        var organization = await _scenario.OrganizationAsync();
        var other = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);

        await Grain(id).SanctionAsync(SanctionKind.Revocation, "造成服务对象损害", organization, Scenario.Admin(organization));
        var applying = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.Membership(id, other).ApplyAsync(Scenario.Self(id)));
        var enrolling = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.Membership(id, other).EnrolAsync("test", Scenario.Recorder(other)));
        var byOrganization = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).SanctionAsync(SanctionKind.Reinstatement, "已改正", organization, Scenario.Admin(organization)));
        var reinstated = await Grain(id).SanctionAsync(SanctionKind.Reinstatement, "经核查已改正", null, Actors.Context(Actors.DistrictAdmin("210902")));
        await fixture.Grains.Membership(id, other).ApplyAsync(Scenario.Self(id));

        Assert.Equal(VolunteerErrors.Revoked, applying.Code);
        Assert.Equal(VolunteerErrors.Revoked, enrolling.Code);
        Assert.Equal(VolunteerErrors.NotAllowed, byOrganization.Code);
        Assert.Equal(VolunteerStatus.Registered, reinstated.Status);
        Assert.Equal(["Reinstatement", "Revocation"], (await History(id)).Select(s => s.Kind));
    }

    [Fact]
    public async Task Recorders_and_organizations_the_volunteer_is_not_in_cannot_sanction_A18()
    {
        var organization = await _scenario.OrganizationAsync();
        var stranger = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);

        var recorder = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).SanctionAsync(SanctionKind.Revocation, "理由", organization, Scenario.Recorder(organization)));
        var outsider = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).SanctionAsync(SanctionKind.Warning, "理由", stranger, Scenario.Admin(stranger)));

        Assert.Equal(VolunteerErrors.NotAllowed, recorder.Code);
        Assert.Equal(VolunteerErrors.NotAllowed, outsider.Code);
        Assert.Empty(await History(id));
    }

    [Fact]
    public async Task A_sanction_without_a_reason_is_refused_A18()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).SanctionAsync(SanctionKind.Warning, "  ", organization, Scenario.Admin(organization)));

        Assert.Equal(VolunteerErrors.ReasonRequired, error.Code);
    }

    [Fact]
    public async Task A_repeated_sanction_is_recorded_once()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);
        var context = Scenario.Admin(organization);

        await Grain(id).SanctionAsync(SanctionKind.Warning, "迟到", organization, context);
        var again = await Grain(id).SanctionAsync(SanctionKind.Warning, "迟到", organization, context);

        Assert.Equal(1, again.Warnings);
        Assert.Single(await History(id));
    }

    private async Task<IReadOnlyList<SanctionRecord>> History(Guid id) =>
        await new SqlSanctionStore(fixture.Connections).ListForVolunteerAsync(id.ToString(), TestContext.Current.CancellationToken);

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
