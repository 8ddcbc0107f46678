namespace VolunteerRecords.Storage.Volunteers;

/// <summary>
/// A volunteer's page reads many short lists of hers. Read one by one they cost a round trip each — on PostgreSQL
/// most of the page's time. Here one statement finds which of them hold anything for her, and only those travel as
/// one batch and come back as one answer: two round trips at most. Each list's statement is the one its own store
/// runs, so a list reads the same on a page and anywhere else.
/// </summary>
public interface IVolunteerLists
{
    Task<VolunteerLists> ReadAsync(Guid volunteerId, VolunteerList lists, int claimsLimit, CancellationToken cancellationToken = default);
}
