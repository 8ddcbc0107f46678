using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Volunteers;

public static class VolunteerStandings
{
    /// <summary>Her standing, for a grain of hers about to act on it; refused while she is not registered.</summary>
    public static async Task<VolunteerStanding> RequireRegisteredAsync(this IVolunteerGrain volunteer)
    {
        var standing = await volunteer.GetStandingAsync();
        return standing.IsRegistered ? standing : throw new DomainException(VolunteerErrors.NotRegistered, volunteer.GetPrimaryKey().ToString());
    }
}
