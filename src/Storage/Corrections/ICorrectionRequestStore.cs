namespace VolunteerRecords.Storage.Corrections;

public interface ICorrectionRequestStore
{
    /// <summary>Adds the request once; a retry with the same id adds nothing.</summary>
    Task AddAsync(CorrectionRequest request, CancellationToken cancellationToken = default);

    /// <returns>false when no open request with that id was made to the volunteer by that organization.</returns>
    Task<bool> ResolveAsync(string id, string volunteerId, string organizationId, DateTime resolvedUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CorrectionRequest>> ListForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);
}
