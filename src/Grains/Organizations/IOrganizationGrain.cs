using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Organizations;

/// <summary>One organization, keyed by a random Guid.</summary>
[Alias("vr.IOrganizationGrain")]
public interface IOrganizationGrain : IGrainWithGuidKey
{
    [Alias("Register")]
    Task<OrganizationProfile> RegisterAsync(RegisterOrganization command, CommandContext context);

    /// <returns>null while the organization is not registered.</returns>
    [Alias("GetProfile")]
    Task<OrganizationProfile?> GetProfileAsync();
}
