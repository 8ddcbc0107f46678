using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Memberships;

public static class MembershipRules
{
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Only the organization that registered her, and only before she was ever anything to it, enrols her without
    /// asking (A12.2 second way): that is the same on-site or import command finishing.
    /// </summary>
    public static bool MayEnrolDirectly(VolunteerStanding standing, Guid organizationId, MembershipStatus current) =>
        standing.RegisteredBy == organizationId && current == MembershipStatus.None;

    /// <summary>For a minor, joining an organization is her guardian's decision too (A7.2).</summary>
    public static bool GuardianDecides(VolunteerStanding standing, DateOnly today) =>
        standing.BirthDate is { } birth && IsMinor(birth, today);

    public static bool IsMinor(DateOnly birthDate, DateOnly today) => IdDocuments.AgeOn(birthDate, today) < VolunteerRules.AdultAge;
}
