using System.Security.Claims;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// Who sees what an organization keeps for its own people — its teams, project plans and service bases: its staff,
/// the bureaus over it, and its members. For everyone else these pages do not exist.
/// </summary>
public static class OrganizationAudience
{
    public static async Task<bool> IncludesAsync(IGrainFactory grains, ClaimsPrincipal user, Guid organizationId)
    {
        if (user.Identity?.IsAuthenticated != true || await grains.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync() is not { } organization)
        {
            return false;
        }

        return user.ToActor().ActsFor(organization.Id, organization.RegionCode)
            || (user.VolunteerId() is { } me && (await grains.Membership(me, organization.Id).GetAsync()).Status == MembershipStatus.Member);
    }
}
