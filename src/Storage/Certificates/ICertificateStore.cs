namespace VolunteerRecords.Storage.Certificates;

public interface ICertificateStore
{
    /// <returns>false when the number is taken (the caller draws another) or the id exists (a retry).</returns>
    Task<bool> AddAsync(CertificateRow certificate, CancellationToken cancellationToken = default);

    Task<CertificateRow?> FindAsync(string id, CancellationToken cancellationToken = default);

    Task<CertificateRow?> FindByNumberAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>
    /// The volunteer's certificates, newest first, for lists: without their snapshot, which holds every entry a
    /// certificate lists and is read only when one certificate is opened.
    /// </summary>
    Task<IReadOnlyList<CertificateRow>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <returns>false when the certificate was revoked already.</returns>
    Task<bool> RevokeAsync(string id, string reason, string byName, DateTime atUtc, CancellationToken cancellationToken = default);
}
