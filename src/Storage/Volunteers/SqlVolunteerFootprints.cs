using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Volunteers;

public sealed class SqlVolunteerFootprints(ISqlConnectionFactory connections) : IVolunteerFootprints
{
    private const string Query = """
        SELECT
            EXISTS (SELECT 1 FROM volunteer_sanctions WHERE volunteer_id = @VolunteerId) AS Sanctions,
            EXISTS (SELECT 1 FROM correction_requests WHERE volunteer_id = @VolunteerId) AS CorrectionRequests,
            EXISTS (SELECT 1 FROM activity_participants WHERE volunteer_id = @VolunteerId) AS Activities,
            EXISTS (SELECT 1 FROM evaluations WHERE volunteer_id = @VolunteerId) AS Evaluations,
            EXISTS (SELECT 1 FROM commendations WHERE volunteer_id = @VolunteerId) AS Commendations,
            EXISTS (SELECT 1 FROM complaints WHERE volunteer_id = @VolunteerId) AS Complaints,
            EXISTS (SELECT 1 FROM service_claims WHERE volunteer_id = @VolunteerId) AS Claims,
            EXISTS (SELECT 1 FROM training_records WHERE volunteer_id = @VolunteerId) AS Trainings,
            EXISTS (SELECT 1 FROM star_events WHERE volunteer_id = @VolunteerId) AS StarEvents,
            EXISTS (SELECT 1 FROM team_members WHERE volunteer_id = @VolunteerId) AS Teams,
            EXISTS (SELECT 1 FROM star_eligibility WHERE volunteer_id = @VolunteerId) AS StarEligibility,
            EXISTS (SELECT 1 FROM certificates WHERE volunteer_id = @VolunteerId) AS Certificates;
        """;

    public async Task<VolunteerFootprint> OfAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync<VolunteerFootprint>(new CommandDefinition(Query, new { VolunteerId = volunteerId }, cancellationToken: cancellationToken));
    }
}
