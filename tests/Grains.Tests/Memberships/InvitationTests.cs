using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;

namespace VolunteerRecords.Grains.Tests.Memberships;

/// <summary>An organization reaches a registered person only through her answer to its invitation (A5.6, A12.2, A23).</summary>
[Collection(ClusterCollection.Name)]
public sealed class InvitationTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Staff_cannot_enrol_a_person_registered_elsewhere_and_see_nothing_of_her_while_invited_A5_A23()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);

        var enrolling = await Assert.ThrowsAsync<DomainException>(() => membership.EnrolAsync("OnSite", Scenario.Recorder(organization)));
        var invited = await membership.InviteAsync("OnSite", Scenario.Recorder(organization));
        var inviteAgain = await Assert.ThrowsAsync<DomainException>(() => membership.InviteAsync("OnSite", Scenario.Recorder(organization)));

        Assert.Equal(MembershipErrors.InvitationRequired, enrolling.Code);
        Assert.Equal(MembershipStatus.Invited, invited.Status);
        Assert.Equal(MembershipErrors.AlreadyInvited, inviteAgain.Code);
        Assert.Null(await Volunteer(volunteer).ViewProfileAsync(Scenario.Recorder(organization).Actor));
        Assert.Null(await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).RecordVisibilityAsync(Scenario.Recorder(organization)));
    }

    [Fact]
    public async Task Only_she_answers_and_accepting_opens_her_record_to_the_organization_A23()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.InviteAsync("Import", Scenario.Recorder(organization));

        var byStaff = await Assert.ThrowsAsync<DomainException>(() => membership.AnswerInvitationAsync(true, true, Scenario.Admin(organization)));
        var accepted = await membership.AnswerInvitationAsync(true, false, Scenario.Self(volunteer));

        Assert.Equal(MembershipErrors.NotAllowed, byStaff.Code);
        Assert.Equal(MembershipStatus.Member, accepted.Status);
        Assert.NotNull(await Volunteer(volunteer).ViewProfileAsync(Scenario.Recorder(organization).Actor));
        Assert.Equal(["membership.invited", "membership.invitation-accepted"], await fixture.Connections.MembershipEventsAsync(volunteer));
    }

    [Fact]
    public async Task A_declined_invitation_is_kept_and_can_be_answered_only_once_A23()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.InviteAsync("OnSite", Scenario.Recorder(organization));

        var declined = await membership.AnswerInvitationAsync(false, false, Scenario.Self(volunteer));
        var acceptLater = await Assert.ThrowsAsync<DomainException>(() => membership.AnswerInvitationAsync(true, false, Scenario.Self(volunteer)));

        Assert.Equal(MembershipStatus.InvitationDeclined, declined.Status);
        Assert.Equal(MembershipErrors.NotInvited, acceptLater.Code);
        Assert.Null(await Volunteer(volunteer).ViewProfileAsync(Scenario.Recorder(organization).Actor));
        Assert.Equal(["membership.invited", "membership.invitation-declined"], await fixture.Connections.MembershipEventsAsync(volunteer));
    }

    [Fact]
    public async Task A_minor_joins_by_invitation_only_with_her_guardians_agreement_A7()
    {
        var organization = await _scenario.OrganizationAsync();
        var today = ChinaTime.Today(TestClock.Instance);
        var volunteer = await _scenario.VolunteerAsync(People.Minor(today.AddYears(-13), People.Guardian()));
        var membership = fixture.Grains.Membership(volunteer, organization);
        await membership.InviteAsync("OnSite", Scenario.Recorder(organization));

        var alone = await Assert.ThrowsAsync<DomainException>(() => membership.AnswerInvitationAsync(true, false, Scenario.Self(volunteer)));
        var withGuardian = await membership.AnswerInvitationAsync(true, true, Scenario.Self(volunteer));

        Assert.Equal(MembershipErrors.GuardianMustAccept, alone.Code);
        Assert.Equal(MembershipStatus.Member, withGuardian.Status);
    }

    [Fact]
    public async Task The_organization_that_registers_a_new_person_enrols_her_at_once_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var other = await _scenario.OrganizationAsync();
        var volunteer = Guid.NewGuid();
        var command = People.Adult() with { Channel = RegistrationChannel.OnSite, OrganizationId = organization, PersonConsented = true };
        await Volunteer(volunteer).RegisterAsync(command, Scenario.Recorder(organization));

        var member = await fixture.Grains.Membership(volunteer, organization).GetAsync();
        var elsewhere = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.Membership(volunteer, other).EnrolAsync("OnSite", Scenario.Recorder(other)));

        Assert.Equal(MembershipStatus.Member, member.Status);
        Assert.Equal(MembershipErrors.InvitationRequired, elsewhere.Code);
    }

    [Fact]
    public async Task An_operation_id_someone_else_picks_answers_nothing_of_the_membership_A23()
    {
        var organization = await _scenario.OrganizationAsync();
        var other = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var membership = fixture.Grains.Membership(volunteer, organization);
        var applied = Scenario.Self(volunteer);
        await membership.ApplyAsync(applied);

        var stranger = await Assert.ThrowsAsync<DomainException>(() => membership.ConfirmAsync(Scenario.Recorder(other) with { OperationId = applied.OperationId }));
        var otherVolunteer = await Assert.ThrowsAsync<DomainException>(() => membership.ApplyAsync(Scenario.Self(Guid.NewGuid()) with { OperationId = applied.OperationId }));

        Assert.Equal(MembershipErrors.NotAllowed, stranger.Code);
        Assert.Equal(MembershipErrors.NotAllowed, otherVolunteer.Code);
    }

    private IVolunteerGrain Volunteer(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
