namespace VolunteerRecords.Grains.Memberships;

public static class MembershipKeys
{
    public static IMembershipGrain Membership(this IGrainFactory grains, Guid volunteerId, Guid organizationId) =>
        grains.GetGrain<IMembershipGrain>(volunteerId, organizationId.ToString("D"));
}
