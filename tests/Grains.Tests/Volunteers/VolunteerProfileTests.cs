using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Corrections;

namespace VolunteerRecords.Grains.Tests.Volunteers;

[Collection(ClusterCollection.Name)]
public sealed class VolunteerProfileTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Volunteer_updates_contact_and_the_old_phone_becomes_free_A6()
    {
        var oldPhone = People.Phone();
        var id = await _scenario.VolunteerAsync(People.Adult(phone: oldPhone));
        var newPhone = People.Phone();

        var profile = await Grain(id).UpdateContactAsync(
            new UpdateVolunteerContact(newPhone, "210911", "心理疏导", [ServiceCategory.HelpForVulnerableGroups]), Scenario.Self(id));
        var other = await _scenario.VolunteerAsync(People.Adult(phone: oldPhone));

        Assert.EndsWith(newPhone[^4..], profile.MaskedPhone);
        Assert.Equal("210911", profile.ResidenceRegionCode);
        Assert.Equal([ServiceCategory.HelpForVulnerableGroups], profile.Intentions);
        Assert.NotEqual(Guid.Empty, other);
    }

    [Fact]
    public async Task Nobody_else_changes_a_volunteers_contact_details_A5()
    {
        var id = await _scenario.VolunteerAsync();
        var organization = await _scenario.OrganizationAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).UpdateContactAsync(
            new UpdateVolunteerContact(People.Phone(), "210902", "", []), Scenario.Admin(organization)));

        Assert.Equal(VolunteerErrors.NotAllowed, error.Code);
    }

    [Fact]
    public async Task Volunteer_controls_disclosure_to_third_parties_A23()
    {
        var id = await _scenario.VolunteerAsync();

        var granted = await Grain(id).SetDisclosureConsentAsync(true, false, Scenario.Self(id));
        var withdrawn = await Grain(id).SetDisclosureConsentAsync(false, false, Scenario.Self(id));

        Assert.True(granted.DiscloseToThirdParties);
        Assert.False(withdrawn.DiscloseToThirdParties);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("volunteer.disclosure-withdrawn", id.ToString()));
    }

    [Fact]
    public async Task Staff_with_the_unmask_permission_see_full_identifiers_of_members_and_it_is_audited_A5()
    {
        var organization = await _scenario.OrganizationAsync();
        var command = People.Adult();
        var id = await _scenario.VolunteerAsync(command);
        await fixture.Grains.Membership(id, organization).JoinAsync(Scenario.Recorder(organization));

        var revealed = await Grain(id).RevealIdentifiersAsync(Scenario.Recorder(organization, canUnmask: true));

        Assert.Equal(command.DocumentNumber, revealed.DocumentNumber);
        Assert.Equal(command.Phone, revealed.Phone);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("volunteer.identifiers-revealed", id.ToString()));
    }

    [Fact]
    public async Task Unmasking_without_the_permission_or_outside_the_members_is_refused_A5()
    {
        var organization = await _scenario.OrganizationAsync();
        var member = await _scenario.MemberAsync(organization);
        var stranger = await _scenario.VolunteerAsync();

        var withoutPermission = await Assert.ThrowsAsync<DomainException>(() => Grain(member).RevealIdentifiersAsync(Scenario.Recorder(organization)));
        var notAMember = await Assert.ThrowsAsync<DomainException>(() => Grain(stranger).RevealIdentifiersAsync(Scenario.Admin(organization, canUnmask: true)));

        Assert.Equal(VolunteerErrors.NotAllowed, withoutPermission.Code);
        Assert.Equal(VolunteerErrors.NotAllowed, notAMember.Code);
        Assert.Equal(0, await fixture.Connections.CountAuditAsync("volunteer.identifiers-revealed", stranger.ToString()));
    }

    [Fact]
    public async Task A_bureau_with_the_permission_sees_volunteers_of_its_region_only_A4()
    {
        var id = await _scenario.VolunteerAsync();
        var haizhou = Actors.DistrictAdmin("210902") with { CanUnmask = true };
        var zhangwu = Actors.DistrictAdmin("210922") with { CanUnmask = true };

        var revealed = await Grain(id).RevealIdentifiersAsync(Actors.Context(haizhou));
        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RevealIdentifiersAsync(Actors.Context(zhangwu)));

        Assert.NotEmpty(revealed.DocumentNumber);
        Assert.Equal(VolunteerErrors.NotAllowed, error.Code);
    }

    [Fact]
    public async Task An_organization_asks_a_member_to_correct_their_profile_and_the_volunteer_resolves_it()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = await _scenario.MemberAsync(organization);
        var request = Scenario.Recorder(organization);

        await fixture.Grains.Membership(id, organization).RequestProfileCorrectionAsync(CorrectionField.Phone, "手机号已停用，请更新", request);
        await fixture.Grains.Membership(id, organization).RequestProfileCorrectionAsync(CorrectionField.Phone, "手机号已停用，请更新", request);
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.Membership(id, Guid.NewGuid()).ResolveProfileCorrectionAsync(request.OperationId, Scenario.Self(id)));
        await fixture.Grains.Membership(id, organization).ResolveProfileCorrectionAsync(request.OperationId, Scenario.Self(id));

        var listed = await new SqlCorrectionRequestStore(fixture.Connections).ListForVolunteerAsync(id.ToString(), TestContext.Current.CancellationToken);
        var only = Assert.Single(listed);
        Assert.Equal("Phone", only.Field);
        Assert.NotNull(only.ResolvedUtc);
        Assert.Equal(VolunteerErrors.CorrectionNotFound, elsewhere.Code);
    }

    [Fact]
    public async Task Only_organizations_the_volunteer_belongs_to_may_ask_for_corrections()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = await _scenario.VolunteerAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.Membership(id, organization).RequestProfileCorrectionAsync(CorrectionField.Name, "请核对姓名", Scenario.Admin(organization)));

        Assert.Equal(VolunteerErrors.NotAllowed, error.Code);
    }

    [Fact]
    public async Task Organizations_see_their_own_members_and_bureaus_their_region_only_A23()
    {
        var organization = await _scenario.OrganizationAsync();
        var member = await _scenario.MemberAsync(organization);
        var stranger = await _scenario.VolunteerAsync();

        Assert.NotNull(await Grain(member).ViewProfileAsync(Actors.Recorder(organization)));
        Assert.Null(await Grain(stranger).ViewProfileAsync(Actors.Recorder(organization)));
        Assert.NotNull(await Grain(stranger).ViewProfileAsync(Actors.DistrictAdmin("210902")));
        Assert.Null(await Grain(stranger).ViewProfileAsync(Actors.DistrictAdmin("210922")));
        Assert.Null(await Grain(member).ViewProfileAsync(Actors.Volunteer(stranger)));
    }

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
