using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Activities;

public interface IActivityReadModel
{
    Task UpsertAsync(ActivityRow row, CancellationToken cancellationToken = default);

    Task<Page<ActivityRow>> ListByOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default);
}
