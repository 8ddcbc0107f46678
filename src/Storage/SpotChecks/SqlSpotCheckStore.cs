using Dapper;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.SpotChecks;

public sealed class SqlSpotCheckStore(ISqlConnectionFactory connections) : ISpotCheckStore
{
    private const string CheckColumns = """
        c.id AS Id, c.region_code AS RegionCode, c.from_day AS FromDay, c.to_day AS ToDay, c.size AS Size,
        c.drawn_by_name AS DrawnByName, c.drawn_utc AS DrawnUtc,
        (SELECT COUNT(*) FROM spot_check_items i WHERE i.check_id = c.id) AS Drawn,
        (SELECT COUNT(*) FROM spot_check_items i WHERE i.check_id = c.id AND (SELECT e.kind FROM spot_check_events e
            WHERE e.check_id = i.check_id AND e.root_id = i.root_id ORDER BY e.id DESC LIMIT 1) = 'Questioned') AS Questioned,
        (SELECT COUNT(*) FROM spot_check_items i WHERE i.check_id = c.id AND NOT EXISTS (SELECT 1 FROM spot_check_events e
            WHERE e.check_id = i.check_id AND e.root_id = i.root_id)) AS Unmarked
        """;

    private const string ItemSelect = """
        SELECT i.check_id AS CheckId, i.root_id AS RootId, i.organization_id AS OrganizationId, o.name AS OrganizationName,
               i.volunteer_id AS VolunteerId, v.display_name AS VolunteerName, r.start_utc AS StartUtc, r.end_utc AS EndUtc,
               r.minutes AS Minutes, r.content AS Content, r.proof_name AS ProofName,
               (SELECT e.kind FROM spot_check_events e WHERE e.check_id = i.check_id AND e.root_id = i.root_id ORDER BY e.id DESC LIMIT 1) AS LastVerdict,
               (SELECT e.note FROM spot_check_events e WHERE e.check_id = i.check_id AND e.root_id = i.root_id ORDER BY e.id DESC LIMIT 1) AS LastNote,
               (SELECT e.by_name FROM spot_check_events e WHERE e.check_id = i.check_id AND e.root_id = i.root_id ORDER BY e.id DESC LIMIT 1) AS LastByName,
               (SELECT e.note FROM spot_check_events e WHERE e.check_id = i.check_id AND e.root_id = i.root_id AND e.kind = 'Questioned'
                ORDER BY e.id DESC LIMIT 1) AS Question
        FROM spot_check_items i
        JOIN service_records r ON r.id = i.record_id
        LEFT JOIN organizations o ON o.id = i.organization_id
        LEFT JOIN volunteers v ON v.id = i.volunteer_id
        """;

    public async Task DrawAsync(SpotCheckRow check, IReadOnlyCollection<string>? regionCodes, CancellationToken cancellationToken = default)
    {
        var region = regionCodes is null ? "" : " AND " + connections.IsAnyOf("o.region_code", "@Regions");
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var written = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO spot_checks (id, region_code, from_day, to_day, size, drawn_by_name, drawn_utc)
            VALUES (@Id, @RegionCode, @FromDay, @ToDay, @Size, @DrawnByName, @DrawnUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            check,
            transaction,
            cancellationToken: cancellationToken));
        if (written == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO spot_check_items (check_id, root_id, record_id, organization_id, volunteer_id)
                SELECT @Id, r.root_id, r.id, r.organization_id, r.volunteer_id
                FROM service_records r JOIN organizations o ON o.id = r.organization_id
                WHERE r.minutes > 0 AND r.start_utc >= @FromUtc AND r.start_utc < @ToUtc{region}
                  AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq)
                ORDER BY random()
                LIMIT @Size;
                """,
                new
                {
                    check.Id,
                    FromUtc = ChinaTime.StartOfDayUtc(check.FromDay),
                    ToUtc = ChinaTime.StartOfDayUtc(check.ToDay.AddDays(1)),
                    check.Size,
                    Regions = regionCodes?.ToArray(),
                },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SpotCheckRow?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SpotCheckRow>(new CommandDefinition(
            $"SELECT {CheckColumns} FROM spot_checks c WHERE c.id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<SpotCheckRow>> ListAsync(IReadOnlyCollection<string>? regionCodes, int limit, CancellationToken cancellationToken = default)
    {
        var region = regionCodes is null ? "" : " WHERE " + connections.IsAnyOf("c.region_code", "@Regions");
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SpotCheckRow>(new CommandDefinition(
            $"SELECT {CheckColumns} FROM spot_checks c{region} ORDER BY c.drawn_utc DESC, c.id LIMIT @Limit;",
            new { Regions = regionCodes?.ToArray(), Limit = Page<SpotCheckRow>.Clamp(limit) },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<SpotCheckItemRow>> ItemsAsync(string checkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SpotCheckItemRow>(new CommandDefinition(
            $"{ItemSelect} WHERE i.check_id = @CheckId ORDER BY r.start_utc, i.root_id;", new { CheckId = checkId }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<SpotCheckItemRow?> FindItemAsync(string checkId, string rootId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<SpotCheckItemRow>(new CommandDefinition(
            $"{ItemSelect} WHERE i.check_id = @CheckId AND i.root_id = @RootId;", new { CheckId = checkId, RootId = rootId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<SpotCheckItemRow>> QuestionedAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SpotCheckItemRow>(new CommandDefinition(
            $"""
            {ItemSelect}
            WHERE i.organization_id = @OrganizationId
              AND (SELECT e.kind FROM spot_check_events e WHERE e.check_id = i.check_id AND e.root_id = i.root_id ORDER BY e.id DESC LIMIT 1) = 'Questioned'
            ORDER BY r.start_utc, i.root_id;
            """,
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<bool> HasOperationAsync(string operationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM spot_check_events WHERE operation_id = @OperationId;", new { OperationId = operationId }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> AppendAsync(SpotCheckEvent step, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO spot_check_events (operation_id, check_id, root_id, kind, note, by_name, at_utc)
            VALUES (@OperationId, @CheckId, @RootId, @Kind, @Note, @ByName, @AtUtc)
            ON CONFLICT (operation_id) DO NOTHING;
            """,
            new { step.OperationId, step.CheckId, step.RootId, Kind = step.Kind.ToString(), step.Note, step.ByName, step.AtUtc },
            cancellationToken: cancellationToken)) == 1;
    }
}
