using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Organizations;

/// <summary>
/// The one way to ask whether someone acts for an organization (its staff, or a bureau over its region, A4): the
/// organization's profile when they do, null when they do not or it does not exist. Grains and pages alike ask here,
/// so the rule (<see cref="Actor.ActsFor"/>) is always applied to the organization as it stands.
/// </summary>
public static class OrganizationAccess
{
    public static async Task<OrganizationProfile?> ActedForByAsync(this IGrainFactory grains, Guid organizationId, Actor actor) =>
        await grains.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync() is { } organization
        && actor.ActsFor(organization.Id, organization.RegionCode)
            ? organization
            : null;
}
