namespace VolunteerRecords.Storage.Volunteers;

public interface IVolunteerDirectory
{
    /// <summary>Claims a keyed hash of an identifier (phone, ID number) for a volunteer.</summary>
    /// <returns>true when the hash is now, or already was, this volunteer's; false when another volunteer holds it.</returns>
    Task<bool> ClaimIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Gives up a claim this volunteer holds (a registration that failed halfway, a changed phone).</summary>
    Task ReleaseIdentifierAsync(string lookupHash, string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One person registers once: the ID number and the phone each belong to one volunteer. Claims both for her, or
    /// neither (a lost race for the phone gives the ID number back, so she can register with another phone).
    /// </summary>
    Task<IdentifierClaim> ClaimIdentifiersAsync(string documentHash, string phoneHash, string volunteerId, CancellationToken cancellationToken = default);

    Task<string?> FindByIdentifierAsync(string lookupHash, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's serial number; the same one on every call for the same volunteer.</summary>
    Task<long> AllocateSerialAsync(string volunteerId, CancellationToken cancellationToken = default);

    /// <summary>Her identity and standing in the list; the star level is left as <see cref="SetStarLevelAsync"/> last set it.</summary>
    Task UpsertAsync(VolunteerRow row, CancellationToken cancellationToken = default);

    /// <summary>The granted star level in the list, for selections and statistics; the star grain is its only writer.</summary>
    Task SetStarLevelAsync(string volunteerId, int level, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<Database.Page<VolunteerRow>> SearchAsync(VolunteerSearch search, CancellationToken cancellationToken = default);
}
