using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Activities.Roster;

/// <summary>The sign-up checks of A7, A8, A9 and A16 for one volunteer, on facts the roster gathered first.</summary>
public static class SignUpRules
{
    /// <param name="isMember">Whether she is a member of the organization; asked only when recruitment is for members.</param>
    /// <returns>The rule the sign-up breaks, or null when she may have a place.</returns>
    public static string? Refusal(
        ActivityTerms terms, OrganizationStatus? organization, VolunteerStanding standing, bool? isMember, bool acceptsRisksAndAgreement, DateTime nowUtc, DateOnly today)
    {
        if (terms.Status != ActivityStatus.Published)
        {
            return ActivityErrors.NotRecruiting;
        }

        // A suspended or deregistered organization enrols nobody; its records stay.
        if (organization != OrganizationStatus.Active)
        {
            return OrganizationErrors.NotActive;
        }

        if (nowUtc >= (terms.Recruitment.SignUpDeadlineUtc ?? terms.Sessions[0].StartUtc))
        {
            return ActivityErrors.SignUpClosed;
        }

        if (StandingRefusal(standing, today) is { } standingRefusal)
        {
            return standingRefusal;
        }

        if (terms.Recruitment.MembersOnly && isMember != true)
        {
            return ActivityErrors.MembersOnly;
        }

        // A9, A16: the risks and the agreement are accepted, and when.
        return acceptsRisksAndAgreement ? null : ActivityErrors.MustAccept;
    }

    /// <returns>The rule adding her at the place breaks, or null: she came, so neither the quota nor the sign-up deadline applies.</returns>
    public static string? WalkInRefusal(ActivityTerms terms, OrganizationStatus? organization, VolunteerStanding standing, bool? isMember, DateOnly today)
    {
        if (terms.Status is not (ActivityStatus.InProgress or ActivityStatus.Ended))
        {
            return ActivityErrors.WalkInNotOpen;
        }

        if (organization != OrganizationStatus.Active)
        {
            return OrganizationErrors.NotActive;
        }

        if (StandingRefusal(standing, today) is { } standingRefusal)
        {
            return standingRefusal;
        }

        return terms.Recruitment.MembersOnly && isMember != true ? ActivityErrors.MembersOnly : null;
    }

    /// <summary>Whether she may serve at all: registered, not revoked, and a minor only with her guardian's consent (A7.2).</summary>
    private static string? StandingRefusal(VolunteerStanding standing, DateOnly today) =>
        !standing.IsRegistered ? VolunteerErrors.NotRegistered
        : standing.Status == VolunteerStatus.Revoked ? VolunteerErrors.Revoked
        : standing.BirthDate is { } birth && IdDocuments.AgeOn(birth, today) < VolunteerRules.AdultAge && !standing.HasGuardianConsent
            ? ActivityErrors.GuardianConsentMissing
        : null;

    /// <summary>Within the quota a place is confirmed; past it she waits, in the order of signing up (A8).</summary>
    public static ParticipantStatus PlaceFor(int confirmed, int quota) =>
        confirmed < quota ? ParticipantStatus.Confirmed : ParticipantStatus.Waitlisted;
}
