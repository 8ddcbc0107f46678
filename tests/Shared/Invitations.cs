using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Tests.Shared;

/// <summary>An organization reaches a registered volunteer only through her consent: it invites, she accepts.</summary>
public static class Invitations
{
    public static async Task<MembershipInfo> JoinAsync(this IMembershipGrain membership, CommandContext staff)
    {
        await membership.InviteAsync("test", staff with { OperationId = Guid.NewGuid() });
        var volunteer = (await membership.GetAsync()).VolunteerId;
        var self = new Actor(volunteer.ToString(), "志愿者", Role.Volunteer, null, null, volunteer);
        return await membership.AnswerInvitationAsync(accept: true, guardianAgrees: true, new CommandContext(Guid.NewGuid(), self, null));
    }
}
