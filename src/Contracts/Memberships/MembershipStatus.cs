namespace VolunteerRecords.Grains.Memberships;

public enum MembershipStatus
{
    None,
    Pending,
    Member,
    Declined,
    Left,

    /// <summary>Staff asked an already registered person to join; nothing of her is theirs until she accepts (A5.6, A23).</summary>
    Invited,

    /// <summary>She turned an invitation down.</summary>
    InvitationDeclined,
}
