using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Training;

public sealed class SqlTrainingStore(ISqlConnectionFactory connections) : ITrainingStore
{
    private const string RecordColumns =
        """
        r.id AS Id, r.training_id AS TrainingId, r.volunteer_id AS VolunteerId, r.organization_id AS OrganizationId,
        r.training_name AS TrainingName, r.provider AS Provider, r.held_on AS HeldOn, r.minutes AS Minutes,
        r.proof_name AS ProofName, r.proof_note AS ProofNote, r.confirmed_by_name AS ConfirmedByName, r.confirmed_utc AS ConfirmedUtc
        """;

    public async Task UpsertAsync(TrainingRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO trainings (id, organization_id, name, provider, held_on, minutes, topics, attendees, created_utc)
            VALUES (@Id, @OrganizationId, @Name, @Provider, @HeldOn, @Minutes, @Topics, @Attendees, @CreatedUtc)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, provider = excluded.provider, held_on = excluded.held_on,
                minutes = excluded.minutes, topics = excluded.topics, attendees = excluded.attendees;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task<Page<TrainingRow>> ListForOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Page<TrainingRow>.Clamp(pageSize);
        page = Math.Max(1, page);
        var parameters = new { OrganizationId = organizationId, Limit = pageSize, Offset = (page - 1) * pageSize };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM trainings WHERE organization_id = @OrganizationId;", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<TrainingRow>(new CommandDefinition(
            """
            SELECT id AS Id, organization_id AS OrganizationId, name AS Name, provider AS Provider, held_on AS HeldOn,
                   minutes AS Minutes, topics AS Topics, attendees AS Attendees, created_utc AS CreatedUtc
            FROM trainings WHERE organization_id = @OrganizationId
            ORDER BY held_on DESC, id
            LIMIT @Limit OFFSET @Offset;
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new Page<TrainingRow>([.. rows], total, page, pageSize);
    }

    public async Task<bool> ConfirmAsync(TrainingRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO training_records (id, training_id, volunteer_id, organization_id, training_name, provider, held_on, minutes,
                                          proof_name, proof_note, confirmed_by_name, confirmed_utc)
            VALUES (@Id, @TrainingId, @VolunteerId, @OrganizationId, @TrainingName, @Provider, @HeldOn, @Minutes,
                    @ProofName, @ProofNote, @ConfirmedByName, @ConfirmedUtc)
            ON CONFLICT DO NOTHING;
            """,
            record,
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<TrainingRecord>> AttendeesAsync(string trainingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TrainingRecord>(new CommandDefinition(
            $"""
            SELECT {RecordColumns}, v.display_name AS VolunteerName
            FROM training_records r LEFT JOIN volunteers v ON v.id = r.volunteer_id
            WHERE r.training_id = @TrainingId
            ORDER BY r.confirmed_utc, r.id;
            """,
            new { TrainingId = trainingId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string ForVolunteerSql =
        $"SELECT {RecordColumns} FROM training_records r WHERE r.volunteer_id = @VolunteerId ORDER BY r.held_on DESC, r.id;";

    public async Task<IReadOnlyList<TrainingRecord>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TrainingRecord>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
