namespace VolunteerRecords.Grains.Memberships;

public enum MembershipStatus
{
    None,
    Pending,
    Member,
    Declined,
    Left,
}
