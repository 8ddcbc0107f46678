namespace VolunteerRecords.Grains.Memberships;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class MembershipErrors
{
    public const string AlreadyMember = "Membership.AlreadyMember";
    public const string AlreadyPending = "Membership.AlreadyPending";
    public const string NotPending = "Membership.NotPending";
    public const string NotMember = "Membership.NotMember";
    public const string ReasonRequired = "Membership.ReasonRequired";
    public const string NotAllowed = "Membership.NotAllowed";
    public const string NotInvited = "Membership.NotInvited";
    public const string AlreadyInvited = "Membership.AlreadyInvited";
    public const string InvitationRequired = "Membership.InvitationRequired";
    public const string GuardianMustAccept = "Membership.GuardianMustAccept";
}
