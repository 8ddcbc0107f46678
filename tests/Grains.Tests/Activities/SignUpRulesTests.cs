using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Tests.Activities;

/// <summary>The sign-up rules on their own, without a cluster: each refusal comes from the one fact that breaks it.</summary>
public sealed class SignUpRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 29);
    private static readonly VolunteerStanding Adult = new(true, VolunteerStatus.Registered, new DateOnly(1990, 3, 7), false, "210902");

    [Fact]
    public void A_volunteer_in_good_standing_who_accepts_gets_a_place_while_recruitment_is_open_A8()
    {
        Assert.Null(SignUpRules.Refusal(Terms(), OrganizationStatus.Active, Adult, null, true, Now, Today));
    }

    [Fact]
    public void Recruitment_closes_at_the_deadline_or_else_at_the_first_session_A8()
    {
        var deadline = Terms(deadline: Now.AddHours(-1));
        var started = Terms() with { Sessions = [new ActivitySession(Guid.NewGuid(), Now, Now.AddHours(2))] };

        Assert.Equal(ActivityErrors.SignUpClosed, SignUpRules.Refusal(deadline, OrganizationStatus.Active, Adult, null, true, Now, Today));
        Assert.Equal(ActivityErrors.SignUpClosed, SignUpRules.Refusal(started, OrganizationStatus.Active, Adult, null, true, Now, Today));
        Assert.Equal(ActivityErrors.NotRecruiting, SignUpRules.Refusal(Terms() with { Status = ActivityStatus.Draft }, OrganizationStatus.Active, Adult, null, true, Now, Today));
    }

    [Fact]
    public void A_suspended_organization_and_a_revoked_or_unregistered_volunteer_are_refused_A18()
    {
        Assert.Equal(OrganizationErrors.NotActive, SignUpRules.Refusal(Terms(), OrganizationStatus.Suspended, Adult, null, true, Now, Today));
        Assert.Equal(OrganizationErrors.NotActive, SignUpRules.Refusal(Terms(), null, Adult, null, true, Now, Today));
        Assert.Equal(VolunteerErrors.Revoked, SignUpRules.Refusal(Terms(), OrganizationStatus.Active, Adult with { Status = VolunteerStatus.Revoked }, null, true, Now, Today));
        Assert.Equal(VolunteerErrors.NotRegistered, SignUpRules.Refusal(Terms(), OrganizationStatus.Active, Adult with { IsRegistered = false }, null, true, Now, Today));
    }

    [Fact]
    public void A_minor_needs_her_guardians_consent_on_record_until_her_eighteenth_birthday_A7()
    {
        var minor = Adult with { BirthDate = Today.AddYears(-18).AddDays(1) };
        var adultToday = Adult with { BirthDate = Today.AddYears(-18) };

        Assert.Equal(ActivityErrors.GuardianConsentMissing, SignUpRules.Refusal(Terms(), OrganizationStatus.Active, minor, null, true, Now, Today));
        Assert.Null(SignUpRules.Refusal(Terms(), OrganizationStatus.Active, minor with { HasGuardianConsent = true }, null, true, Now, Today));
        Assert.Null(SignUpRules.Refusal(Terms(), OrganizationStatus.Active, adultToday, null, true, Now, Today));
    }

    [Fact]
    public void Members_only_recruitment_takes_members_and_every_sign_up_accepts_the_risks_and_agreement_A9_A16()
    {
        var membersOnly = Terms() with { Recruitment = new RecruitmentSettings(true, false, false, 5, null) };

        Assert.Equal(ActivityErrors.MembersOnly, SignUpRules.Refusal(membersOnly, OrganizationStatus.Active, Adult, false, true, Now, Today));
        Assert.Null(SignUpRules.Refusal(membersOnly, OrganizationStatus.Active, Adult, true, true, Now, Today));
        Assert.Equal(ActivityErrors.MustAccept, SignUpRules.Refusal(Terms(), OrganizationStatus.Active, Adult, null, false, Now, Today));
    }

    [Theory]
    [InlineData(0, 2, ParticipantStatus.Confirmed)]
    [InlineData(1, 2, ParticipantStatus.Confirmed)]
    [InlineData(2, 2, ParticipantStatus.Waitlisted)]
    public void Past_the_quota_a_volunteer_waits_A8(int confirmed, int quota, ParticipantStatus expected)
    {
        Assert.Equal(expected, SignUpRules.PlaceFor(confirmed, quota));
    }

    private static ActivityTerms Terms(DateTime? deadline = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "敬老院探访", ServiceCategory.CommunityService, "细河区敬老院", ActivityStatus.Published,
        [new ActivitySession(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(1).AddHours(2))],
        new RecruitmentSettings(false, false, false, 5, deadline));
}
