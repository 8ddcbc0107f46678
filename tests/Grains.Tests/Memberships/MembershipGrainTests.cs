using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Memberships;

namespace VolunteerRecords.Grains.Tests.Memberships;

[Collection(ClusterCollection.Name)]
public sealed class MembershipGrainTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_volunteer_applies_and_the_organization_confirms_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);

        var pending = await membership.ApplyAsync(Scenario.Self(volunteer));
        var confirmed = await membership.ConfirmAsync(Scenario.Recorder(organization));

        Assert.Equal(MembershipStatus.Pending, pending.Status);
        Assert.Equal(MembershipStatus.Member, confirmed.Status);
        Assert.Equal(["membership.applied", "membership.confirmed"], await fixture.Connections.MembershipEventsAsync(volunteer));
        var members = await Store.ListForOrganizationAsync(organization.ToString(), MembershipStatus.Member, 1, 20, TestContext.Current.CancellationToken);
        Assert.Contains(members.Items, m => m.VolunteerId == volunteer.ToString());
    }

    [Fact]
    public async Task A_declined_application_needs_a_reason_and_the_volunteer_may_apply_again_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.ApplyAsync(Scenario.Self(volunteer));

        var noReason = await Assert.ThrowsAsync<DomainException>(() => membership.DeclineAsync(" ", Scenario.Admin(organization)));
        var declined = await membership.DeclineAsync("本期名额已满", Scenario.Admin(organization));
        var again = await membership.ApplyAsync(Scenario.Self(volunteer));

        Assert.Equal(MembershipErrors.ReasonRequired, noReason.Code);
        Assert.Equal(MembershipStatus.Declined, declined.Status);
        Assert.Equal(MembershipStatus.Pending, again.Status);
    }

    [Fact]
    public async Task Only_the_organizations_own_staff_or_bureau_confirm_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.ApplyAsync(Scenario.Self(volunteer));

        var error = await Assert.ThrowsAsync<DomainException>(() => membership.ConfirmAsync(Scenario.Recorder(Guid.NewGuid())));
        var byBureau = await membership.ConfirmAsync(Actors.Context(Actors.DistrictAdmin("210902")));

        Assert.Equal(MembershipErrors.NotAllowed, error.Code);
        Assert.Equal(MembershipStatus.Member, byBureau.Status);
    }

    [Fact]
    public async Task Applying_twice_or_for_someone_else_is_refused_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.ApplyAsync(Scenario.Self(volunteer));

        var twice = await Assert.ThrowsAsync<DomainException>(() => membership.ApplyAsync(Scenario.Self(volunteer)));
        var forSomeoneElse = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.Membership(Guid.NewGuid(), organization).ApplyAsync(Scenario.Self(volunteer)));

        Assert.Equal(MembershipErrors.AlreadyPending, twice.Code);
        Assert.Equal(MembershipErrors.NotAllowed, forSomeoneElse.Code);
    }

    [Fact]
    public async Task A_volunteer_belongs_to_several_organizations_and_leaves_any_time_keeping_the_history_A5()
    {
        var first = await _scenario.OrganizationAsync();
        var second = await _scenario.OrganizationAsync(region: "210911");
        var volunteer = await _scenario.MemberAsync(first);
        await fixture.Grains.Membership(volunteer, second).JoinAsync(Scenario.Recorder(second));
        await fixture.Grains.Membership(volunteer, first).SetSharingAsync(true, Scenario.Self(volunteer));

        var left = await fixture.Grains.Membership(volunteer, first).LeaveAsync(Scenario.Self(volunteer));

        Assert.Equal(MembershipStatus.Left, left.Status);
        Assert.False(left.ShareRecords);
        Assert.Equal(MembershipStatus.Member, (await fixture.Grains.Membership(volunteer, second).GetAsync()).Status);
        var rows = await Store.ListForVolunteerAsync(volunteer.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(2, rows.Count);
        Assert.Contains("membership.left", await fixture.Connections.MembershipEventsAsync(volunteer));
    }

    [Fact]
    public async Task Sharing_records_with_an_organization_is_the_members_choice_A24()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);

        var notMember = await Assert.ThrowsAsync<DomainException>(() => membership.SetSharingAsync(true, Scenario.Self(volunteer)));
        await membership.JoinAsync(Scenario.Recorder(organization));
        var byStaff = await Assert.ThrowsAsync<DomainException>(() => membership.SetSharingAsync(true, Scenario.Recorder(organization)));
        var granted = await membership.SetSharingAsync(true, Scenario.Self(volunteer));
        var withdrawn = await membership.SetSharingAsync(false, Scenario.Self(volunteer));

        Assert.Equal(MembershipErrors.NotMember, notMember.Code);
        Assert.Equal(MembershipErrors.NotAllowed, byStaff.Code);
        Assert.True(granted.ShareRecords);
        Assert.False(withdrawn.ShareRecords);
        Assert.Contains("membership.sharing-withdrawn", await fixture.Connections.MembershipEventsAsync(volunteer));
    }

    [Fact]
    public async Task A_suspended_organization_takes_no_new_members()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        await fixture.Grains.GetGrain<IOrganizationGrain>(organization).SetStatusAsync(OrganizationStatus.Suspended, "年检未通过", Actors.Context(Actors.CityAdmin));

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.Membership(volunteer, organization).ApplyAsync(Scenario.Self(volunteer)));

        Assert.Equal(OrganizationErrors.NotActive, error.Code);
    }

    [Fact]
    public async Task A_repeated_confirmation_is_recorded_once()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.ApplyAsync(Scenario.Self(volunteer));
        var context = Scenario.Recorder(organization);

        await membership.ConfirmAsync(context);
        await membership.ConfirmAsync(context);

        Assert.Equal(["membership.applied", "membership.confirmed"], await fixture.Connections.MembershipEventsAsync(volunteer));
    }

    private SqlMembershipStore Store => new(fixture.Connections);
}
