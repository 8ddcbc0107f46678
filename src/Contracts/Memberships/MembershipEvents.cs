namespace VolunteerRecords.Grains.Memberships;

/// <summary>The names of membership steps in membership_events and the audit log.</summary>
public static class MembershipEvents
{
    public const string Applied = "membership.applied";
    public const string Confirmed = "membership.confirmed";
    public const string Declined = "membership.declined";
    public const string Enrolled = "membership.enrolled";
    public const string Left = "membership.left";
    public const string SharingGranted = "membership.sharing-granted";
    public const string SharingWithdrawn = "membership.sharing-withdrawn";
    public const string Invited = "membership.invited";
    public const string InvitationAccepted = "membership.invitation-accepted";
    public const string InvitationDeclined = "membership.invitation-declined";
}
