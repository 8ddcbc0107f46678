namespace VolunteerRecords.Storage.Sanctions;

public interface ISanctionStore
{
    Task AppendAsync(SanctionRecord record, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SanctionRecord>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);
}
