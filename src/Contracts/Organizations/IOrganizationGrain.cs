using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Organizations;

/// <summary>One organization, keyed by a random Guid.</summary>
[Alias("vr.IOrganizationGrain")]
public interface IOrganizationGrain : IGrainWithGuidKey
{
    /// <summary>A bureau registers an organization in its region (A2, A11).</summary>
    [Alias("Register")]
    Task<OrganizationProfile> RegisterAsync(RegisterOrganization command, CommandContext context);

    /// <summary>The organization's admin or its bureau corrects name, credit code and contact.</summary>
    [Alias("Update")]
    Task<OrganizationProfile> UpdateAsync(UpdateOrganization command, CommandContext context);

    /// <summary>A bureau suspends or reactivates the organization, with a reason.</summary>
    /// <summary>
    /// A bureau over the organization's region commends it, or one of its projects (<paramref name="projectId"/>), on
    /// its record (A27). The operation id is the honour's id: the same command again writes nothing.
    /// </summary>
    [Alias("Commend")]
    Task CommendAsync(Guid? projectId, string title, DateOnly grantedOn, string grantingBody, CommandContext context);

    [Alias("SetStatus")]
    Task<OrganizationProfile> SetStatusAsync(OrganizationStatus status, string reason, CommandContext context);

    /// <summary>The organization admin (or its bureau) creates an admin or recorder account (A21 专门人员).</summary>
    [Alias("CreateStaff")]
    Task<string> CreateStaffAccountAsync(CreateStaffAccount command, CommandContext context);

    [Alias("SetStaffDisabled")]
    Task SetStaffDisabledAsync(string accountId, bool disabled, CommandContext context);

    /// <summary>A staff member forgot their password: the organization's admin or its bureau sets a one-time one.</summary>
    [Alias("ResetStaffPassword")]
    Task ResetStaffPasswordAsync(string accountId, string passwordHash, CommandContext context);

    /// <summary>A staff member lost the authenticator: the bureau over the organization removes it, to be enrolled anew.</summary>
    [Alias("ResetStaffSecondFactor")]
    Task ResetStaffSecondFactorAsync(string accountId, CommandContext context);

    /// <returns>null while the organization is not registered.</returns>
    // Read-only: may run while the grain awaits another grain that calls back here.
    [AlwaysInterleave]
    [Alias("GetProfile")]
    Task<OrganizationProfile?> GetProfileAsync();
}
