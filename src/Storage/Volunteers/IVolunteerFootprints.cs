namespace VolunteerRecords.Storage.Volunteers;

public interface IVolunteerFootprints
{
    /// <summary>One statement, one index probe per table.</summary>
    Task<VolunteerFootprint> OfAsync(string volunteerId, CancellationToken cancellationToken = default);
}
