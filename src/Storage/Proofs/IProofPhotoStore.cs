namespace VolunteerRecords.Storage.Proofs;

public interface IProofPhotoStore
{
    /// <returns>false when a photo with this id is stored already (a retried upload).</returns>
    Task<bool> SaveAsync(ProofPhoto photo, CancellationToken cancellationToken = default);

    /// <summary>The photo without its content.</summary>
    Task<ProofPhoto?> DescribeAsync(string id, CancellationToken cancellationToken = default);

    Task<ProofPhoto?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Whether a ledger row of the volunteer cites the photo as its proof.</summary>
    Task<bool> CitedForAsync(string id, string volunteerId, CancellationToken cancellationToken = default);
}
