using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Organizations;

public interface IOrganizationReadModel
{
    Task UpsertAsync(OrganizationRow row, CancellationToken cancellationToken = default);

    /// <returns>true when the code is now, or already was, this organization's; false when another holds it.</returns>
    Task<bool> ClaimCreditCodeAsync(string creditCode, string organizationId, CancellationToken cancellationToken = default);

    Task<Page<OrganizationRow>> SearchAsync(OrganizationSearch search, CancellationToken cancellationToken = default);
}
