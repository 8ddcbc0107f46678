using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Memberships;

public interface IMembershipStore
{
    /// <summary>Records a step and the resulting current row together, in one transaction.</summary>
    Task RecordAsync(MembershipRow current, MembershipEvent step, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MembershipRow>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);

    Task<Page<MembershipRow>> ListForOrganizationAsync(string organizationId, MembershipStatus? status, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MembershipEvent>> HistoryAsync(string volunteerId, CancellationToken cancellationToken = default);
}
