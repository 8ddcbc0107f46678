using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>One volunteer, keyed by a random Guid (never by a personal identifier).</summary>
[Alias("vr.IVolunteerGrain")]
public interface IVolunteerGrain : IGrainWithGuidKey
{
    /// <summary>Self-registration (A6.1, A12.1): creates the volunteer and the account they sign in with.</summary>
    [Alias("Register")]
    Task<VolunteerProfile> RegisterAsync(RegisterVolunteer command, CommandContext context);

    /// <summary>The volunteer updates the skills and service intentions they offer (A6.1).</summary>
    [Alias("UpdateServiceProfile")]
    Task<VolunteerProfile> UpdateServiceProfileAsync(string skills, IReadOnlyList<ServiceCategory> intentions, CommandContext context);

    /// <returns>null while not registered.</returns>
    [Alias("GetProfile")]
    Task<VolunteerProfile?> GetProfileAsync();
}
