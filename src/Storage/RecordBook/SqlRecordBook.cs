using Dapper;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Storage.RecordBook;

public sealed class SqlRecordBook(ISqlConnectionFactory connections) : IRecordBook
{
    public async Task<bool> AddEvaluationAsync(EvaluationRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO evaluations (id, operation_id, activity_id, volunteer_id, organization_id, duty_score, satisfaction_score, comment, evaluated_by_name, evaluated_utc)
            VALUES (@Id, @OperationId, @ActivityId, @VolunteerId, @OrganizationId, @DutyScore, @SatisfactionScore, @Comment, @EvaluatedByName, @EvaluatedUtc)
            ON CONFLICT DO NOTHING;
            """,
            row,
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<bool> EvaluatedAsync(string activityId, string volunteerId, string operationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM evaluations WHERE activity_id = @ActivityId AND volunteer_id = @VolunteerId AND operation_id = @OperationId;",
            new { ActivityId = activityId, VolunteerId = volunteerId, OperationId = operationId },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task AddCommendationAsync(CommendationRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO commendations (id, operation_id, volunteer_id, organization_id, title, granted_on, granting_body, recorded_by_name, recorded_utc)
            VALUES (@Id, @OperationId, @VolunteerId, @OrganizationId, @Title, @GrantedOn, @GrantingBody, @RecordedByName, @RecordedUtc)
            ON CONFLICT DO NOTHING;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task FileComplaintAsync(ComplaintRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO complaints (id, volunteer_id, organization_id, complainant, content, filed_by_name, filed_utc, status)
            VALUES (@Id, @VolunteerId, @OrganizationId, @Complainant, @Content, @FiledByName, @FiledUtc, @Status)
            ON CONFLICT (id) DO NOTHING;
            """,
            new { row.Id, row.VolunteerId, row.OrganizationId, row.Complainant, row.Content, row.FiledByName, row.FiledUtc, Status = row.Status.ToString() },
            cancellationToken: cancellationToken));
    }

    public async Task<ComplaintRow?> FindComplaintAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ComplaintRow>(new CommandDefinition(
            $"SELECT {ComplaintColumns} FROM complaints WHERE id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<bool> DecideComplaintAsync(string id, ComplaintStatus status, string note, string decidedBy, DateTime decidedUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE complaints SET status = @Status, decision_note = @Note, decided_by_name = @DecidedBy, decided_utc = @DecidedUtc
            WHERE id = @Id AND status = @Filed;
            """,
            new { Id = id, Status = status.ToString(), Note = note, DecidedBy = decidedBy, DecidedUtc = decidedUtc, Filed = nameof(ComplaintStatus.Filed) },
            cancellationToken: cancellationToken)) == 1;
    }

    internal const string EvaluationsSql =
        """
            SELECT e.id AS Id, e.operation_id AS OperationId, e.activity_id AS ActivityId, e.volunteer_id AS VolunteerId,
                   e.organization_id AS OrganizationId, e.duty_score AS DutyScore, e.satisfaction_score AS SatisfactionScore,
                   e.comment AS Comment, e.evaluated_by_name AS EvaluatedByName, e.evaluated_utc AS EvaluatedUtc, a.title AS ActivityTitle
            FROM evaluations e LEFT JOIN activities a ON a.id = e.activity_id
            WHERE e.volunteer_id = @VolunteerId ORDER BY e.evaluated_utc DESC;
            """;

    public async Task<IReadOnlyList<EvaluationRow>> EvaluationsAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EvaluationRow>(new CommandDefinition(
            EvaluationsSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string CommendationsSql =
        """
            SELECT id AS Id, operation_id AS OperationId, volunteer_id AS VolunteerId, organization_id AS OrganizationId, title AS Title, granted_on AS GrantedOn,
                   granting_body AS GrantingBody, recorded_by_name AS RecordedByName, recorded_utc AS RecordedUtc
            FROM commendations WHERE volunteer_id = @VolunteerId ORDER BY granted_on DESC;
            """;

    public async Task<IReadOnlyList<CommendationRow>> CommendationsAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CommendationRow>(new CommandDefinition(
            CommendationsSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal const string ComplaintsSql =
        $"SELECT {ComplaintColumns} FROM complaints WHERE volunteer_id = @VolunteerId ORDER BY filed_utc DESC;";

    public async Task<IReadOnlyList<ComplaintRow>> ComplaintsAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ComplaintRow>(new CommandDefinition(
            ComplaintsSql,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    private const string ComplaintColumns = """
        id AS Id, volunteer_id AS VolunteerId, organization_id AS OrganizationId, complainant AS Complainant, content AS Content,
        filed_by_name AS FiledByName, filed_utc AS FiledUtc, status AS Status, decision_note AS DecisionNote,
        decided_by_name AS DecidedByName, decided_utc AS DecidedUtc
        """;
}
