using System.Runtime.CompilerServices;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Exports;

public sealed class SqlNationalExportStore(ISqlConnectionFactory connections) : INationalExportStore
{
    private const string Columns =
        """
        number AS Number, records_after AS RecordsAfter, records_to AS RecordsTo, training_after AS TrainingAfter, training_to AS TrainingTo,
        commendations_after AS CommendationsAfter, commendations_to AS CommendationsTo, record_count AS RecordCount,
        training_count AS TrainingCount, commendation_count AS CommendationCount, created_by_name AS CreatedByName, created_utc AS CreatedUtc
        """;

    /// <summary>Training and commendation rows: PostgreSQL numbers them in a column, SQLite by its rowid.</summary>
    private string Position => connections.Provider == StorageProvider.PostgreSql ? "seq" : "rowid";

    public async Task<NationalExportRow?> CreateAsync(string createdByName, DateTime createdUtc, CancellationToken cancellationToken = default)
    {
        // Up to what is committed in all three tables, so the next export never skips a row committed late.
        var upper = await CommittedPosition.OfAsync(
            connections, [("service_records", "seq"), ("training_records", Position), ("commendations", Position)], cancellationToken);
        using var turn = await connections.WriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await connection.QuerySingleOrDefaultAsync<NationalExportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM national_exports ORDER BY number DESC LIMIT 1;", transaction: transaction, cancellationToken: cancellationToken));
        var bounds = new
        {
            RecordsAfter = previous?.RecordsTo ?? 0,
            TrainingAfter = previous?.TrainingTo ?? 0,
            CommendationsAfter = previous?.CommendationsTo ?? 0,
            RecordsTo = upper[0],
            TrainingTo = upper[1],
            CommendationsTo = upper[2],
        };
        var counts = await connection.QuerySingleAsync<(long Records, long Training, long Commendations)>(new CommandDefinition(
            $"""
            SELECT (SELECT COUNT(*) FROM service_records WHERE seq > @RecordsAfter AND seq <= @RecordsTo),
                   (SELECT COUNT(*) FROM training_records WHERE {Position} > @TrainingAfter AND {Position} <= @TrainingTo),
                   (SELECT COUNT(*) FROM commendations WHERE {Position} > @CommendationsAfter AND {Position} <= @CommendationsTo);
            """,
            bounds,
            transaction,
            cancellationToken: cancellationToken));
        if (counts.Records + counts.Training + counts.Commendations == 0)
        {
            return null;
        }

        // The number is the key: two nodes numbering at once cannot both write the same one.
        var export = new NationalExportRow
        {
            Number = (previous?.Number ?? 0) + 1,
            RecordsAfter = bounds.RecordsAfter,
            RecordsTo = bounds.RecordsTo,
            TrainingAfter = bounds.TrainingAfter,
            TrainingTo = bounds.TrainingTo,
            CommendationsAfter = bounds.CommendationsAfter,
            CommendationsTo = bounds.CommendationsTo,
            RecordCount = (int)counts.Records,
            TrainingCount = (int)counts.Training,
            CommendationCount = (int)counts.Commendations,
            CreatedByName = createdByName,
            CreatedUtc = createdUtc,
        };
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO national_exports (number, records_after, records_to, training_after, training_to, commendations_after, commendations_to,
                                          record_count, training_count, commendation_count, created_by_name, created_utc)
            VALUES (@Number, @RecordsAfter, @RecordsTo, @TrainingAfter, @TrainingTo, @CommendationsAfter, @CommendationsTo,
                    @RecordCount, @TrainingCount, @CommendationCount, @CreatedByName, @CreatedUtc);
            """,
            export,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return export;
    }

    public async Task<IReadOnlyList<NationalExportRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NationalExportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM national_exports ORDER BY number DESC;", cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<NationalExportRow?> FindAsync(int number, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<NationalExportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM national_exports WHERE number = @Number;", new { Number = number }, cancellationToken: cancellationToken));
    }

    public IAsyncEnumerable<ExportedRecord> RecordsAsync(NationalExportRow export, CancellationToken cancellationToken = default) =>
        StreamAsync<ExportedRecord>(
            """
            SELECT r.id AS Id, r.corrects_id AS CorrectsId, v.volunteer_number AS VolunteerNumber, v.display_name AS VolunteerName,
                   a.title AS ActivityTitle, r.category AS Category, r.start_utc AS StartUtc, r.end_utc AS EndUtc, r.place AS Place,
                   r.content AS Content, r.minutes AS Minutes, r.delta_minutes AS DeltaMinutes, o.name AS OrganizationName,
                   r.proof_name AS ProofName, r.certified_by_name AS CertifiedByName, r.certified_utc AS CertifiedUtc, r.reason AS Reason
            FROM service_records r
            JOIN volunteers v ON v.id = r.volunteer_id
            JOIN organizations o ON o.id = r.organization_id
            LEFT JOIN activities a ON a.id = r.activity_id
            WHERE r.seq > @After AND r.seq <= @To
            ORDER BY r.seq;
            """,
            export.RecordsAfter,
            export.RecordsTo,
            cancellationToken);

    public IAsyncEnumerable<ExportedTraining> TrainingAsync(NationalExportRow export, CancellationToken cancellationToken = default) =>
        StreamAsync<ExportedTraining>(
            $"""
            SELECT t.id AS Id, v.volunteer_number AS VolunteerNumber, v.display_name AS VolunteerName, t.training_name AS TrainingName,
                   t.provider AS Provider, t.held_on AS HeldOn, t.minutes AS Minutes, o.name AS OrganizationName, t.proof_name AS ProofName,
                   t.confirmed_by_name AS ConfirmedByName, t.confirmed_utc AS ConfirmedUtc
            FROM training_records t
            JOIN volunteers v ON v.id = t.volunteer_id
            JOIN organizations o ON o.id = t.organization_id
            WHERE t.{Position} > @After AND t.{Position} <= @To
            ORDER BY t.{Position};
            """,
            export.TrainingAfter,
            export.TrainingTo,
            cancellationToken);

    public IAsyncEnumerable<ExportedCommendation> CommendationsAsync(NationalExportRow export, CancellationToken cancellationToken = default) =>
        StreamAsync<ExportedCommendation>(
            $"""
            SELECT c.id AS Id, v.volunteer_number AS VolunteerNumber, v.display_name AS VolunteerName, c.title AS Title,
                   c.granted_on AS GrantedOn, c.granting_body AS GrantingBody, c.recorded_by_name AS RecordedByName, c.recorded_utc AS RecordedUtc
            FROM commendations c
            JOIN volunteers v ON v.id = c.volunteer_id
            WHERE c.{Position} > @After AND c.{Position} <= @To
            ORDER BY c.{Position};
            """,
            export.CommendationsAfter,
            export.CommendationsTo,
            cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, long after, long to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await foreach (var row in connection.QueryUnbufferedAsync<T>(sql, new { After = after, To = to }).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
