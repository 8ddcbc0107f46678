using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Organizations;

public interface IOrganizationReadModel
{
    Task UpsertAsync(OrganizationRow row, CancellationToken cancellationToken = default);

    Task<Page<OrganizationRow>> SearchAsync(OrganizationSearch search, CancellationToken cancellationToken = default);
}
