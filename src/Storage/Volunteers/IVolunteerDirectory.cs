namespace VolunteerRecords.Storage.Volunteers;

public interface IVolunteerDirectory
{
    /// <summary>Claims a keyed hash of an identifier (phone, ID number) for a volunteer.</summary>
    /// <returns>true when the hash is now, or already was, this volunteer's; false when another volunteer holds it.</returns>
    Task<bool> ClaimIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Gives up a claim this volunteer holds (a registration that failed halfway, a changed phone).</summary>
    Task ReleaseIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default);

    Task<string?> FindByIdentifierAsync(string lookupHash, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's serial number; the same one on every call for the same volunteer.</summary>
    Task<long> AllocateSerialAsync(string volunteerId, CancellationToken cancellationToken = default);

    Task UpsertAsync(VolunteerRow row, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<Database.Page<VolunteerRow>> SearchAsync(VolunteerSearch search, CancellationToken cancellationToken = default);
}
