namespace VolunteerRecords.Grains.Memberships;

public static class MembershipRules
{
    public const int MaxReasonLength = 500;
}
