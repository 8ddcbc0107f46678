using System.Data;
using System.Data.Common;
using System.Text;
using Dapper;
using Npgsql;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Ledger;

public sealed class SqlServiceLedger(ISqlConnectionFactory connections) : IServiceLedger
{
    /// <summary>
    /// Current entries of the volunteer overlapping [StartUtc, EndUtc): only the latest version of an entry counts, an
    /// entry corrected to zero minutes no longer occupies time, and only entries starting after EarliestStart can reach.
    /// </summary>
    private const string OverlapCount = """
        SELECT COUNT(*) FROM service_records r
        WHERE r.volunteer_id = @VolunteerId AND r.start_utc > @EarliestStart AND r.start_utc < @EndUtc AND r.end_utc > @StartUtc
          AND r.minutes > 0
          AND (@ExceptRootId IS NULL OR r.root_id <> @ExceptRootId)
          AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq)
        """;

    private const string Columns = """
        seq AS Seq, id AS Id, operation_id AS OperationId, root_id AS RootId, corrects_id AS CorrectsId,
        volunteer_id AS VolunteerId, organization_id AS OrganizationId, activity_id AS ActivityId, session_id AS SessionId,
        session_start_utc AS SessionStartUtc, session_end_utc AS SessionEndUtc,
        category AS Category, start_utc AS StartUtc, end_utc AS EndUtc, deducted_minutes AS DeductedMinutes, minutes AS Minutes,
        delta_minutes AS DeltaMinutes, content AS Content, place AS Place, proof_name AS ProofName, proof_contact AS ProofContact,
        proof_note AS ProofNote, proof_photo_id AS ProofPhotoId, certified_by_id AS CertifiedById, certified_by_name AS CertifiedByName,
        certified_utc AS CertifiedUtc, reason AS Reason, entered_afterwards AS EnteredAfterwards
        """;

    public async Task<IReadOnlyList<LedgerAppend>> AppendAsync(IReadOnlyList<ServiceRecord> records, AuditEntry? audit, TimeSpan longestEntry, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return [];
        }

        using var turn = await connections.WriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connections.Provider == StorageProvider.PostgreSql)
        {
            // One volunteer's rows are checked and appended by one transaction at a time, in sequence order, across
            // every node. Keys are taken in one order, so two batches sharing volunteers cannot deadlock.
            await connection.ExecuteAsync(new CommandDefinition(
                """
                SELECT pg_advisory_xact_lock(k)
                FROM (SELECT DISTINCT hashtextextended(v, 0) AS k FROM unnest(@Volunteers) AS v) AS keys
                ORDER BY k;
                """,
                new { Volunteers = records.Select(r => r.VolunteerId).Distinct().ToArray() },
                transaction,
                cancellationToken: cancellationToken));
        }

        // PostgreSQL takes the batch as arrays (one plan for every sheet); SQLite plans in process and takes it inline.
        var (postgres, postgresTransaction) = (connection as NpgsqlConnection, transaction as NpgsqlTransaction);
        var checks = postgres is not null
            ? await PostgreSqlLedgerBatch.CheckAsync(postgres, postgresTransaction!, records, OverlapCount, longestEntry, cancellationToken)
            : await CheckBatchAsync(connection, transaction, records, longestEntry, cancellationToken);
        var answers = new LedgerAppend?[records.Count];
        var accepted = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var check = checks[i];
            var outcome = check.ExistingRecordId is not null ? LedgerOutcome.Repeated
                : check.SessionTaken > 0 || accepted.Exists(j => TakesSameSession(records[j], record)) ? LedgerOutcome.SessionTaken
                : check.Superseded > 0 ? LedgerOutcome.Superseded
                : check.Overlaps > 0 || accepted.Exists(j => Overlap(records[j], record)) ? LedgerOutcome.Overlap
                : LedgerOutcome.Appended;
            if (outcome == LedgerOutcome.Appended)
            {
                accepted.Add(i);
            }
            else
            {
                answers[i] = new LedgerAppend(record.OperationId, outcome, check.ExistingSeq, null, check.ExistingRecordId, check.ExistingMinutes ?? 0);
            }
        }

        if (accepted.Count > 0)
        {
            IReadOnlyList<ServiceRecord> rows = [.. accepted.Select(i => records[i])];
            var seqs = postgres is not null
                ? await PostgreSqlLedgerBatch.InsertAsync(postgres, postgresTransaction!, rows, cancellationToken)
                : await InsertAsync(connection, transaction, rows, cancellationToken);
            if (audit is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO audit_log (at_utc, actor_id, actor_name, action, subject_type, subject_id, remote_ip, detail, operation_id)
                    VALUES (@AtUtc, @ActorId, @ActorName, @Action, @SubjectType, @SubjectId, @RemoteIp, @Detail, @OperationId)
                    ON CONFLICT DO NOTHING;
                    """,
                    new { audit.AtUtc, audit.ActorId, audit.ActorName, audit.Action, audit.SubjectType, audit.SubjectId, audit.RemoteIp, audit.Detail, OperationId = audit.OperationId?.ToString() },
                    transaction,
                    cancellationToken: cancellationToken));
            }

            // Each volunteer's rows in sequence order: the first follows what was there, the next follows the first.
            foreach (var byVolunteer in accepted.GroupBy(i => records[i].VolunteerId))
            {
                var previous = checks[byVolunteer.First()].LastSeq ?? 0;
                foreach (var i in byVolunteer.OrderBy(i => seqs[records[i].Id]))
                {
                    var seq = seqs[records[i].Id];
                    answers[i] = new LedgerAppend(records[i].OperationId, LedgerOutcome.Appended, seq, previous, records[i].Id, records[i].Minutes);
                    previous = seq;
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return answers!;
    }

    /// <summary>SQLite's check: one statement for the whole batch, a branch per row; in process, so planning is cheap.</summary>
    private static async Task<List<LedgerBatchCheck>> CheckBatchAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<ServiceRecord> records, TimeSpan longestEntry, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        var parameters = new DynamicParameters();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            parameters.Add($"op{i}", r.OperationId);
            parameters.Add($"v{i}", r.VolunteerId);
            var session = r.CorrectsId is null && r.SessionId is not null
                ? $"(SELECT COUNT(*) FROM service_records WHERE session_id = @s{i} AND volunteer_id = @v{i} AND corrects_id IS NULL)"
                : "0";
            if (r.CorrectsId is null && r.SessionId is not null)
            {
                parameters.Add($"s{i}", r.SessionId, DbType.String);
            }

            var overlaps = "0";
            if (r.Minutes > 0)
            {
                overlaps = OverlapCount
                    .Replace("@VolunteerId", $"@v{i}", StringComparison.Ordinal).Replace("@EarliestStart", $"@ea{i}", StringComparison.Ordinal)
                    .Replace("@EndUtc", $"@en{i}", StringComparison.Ordinal).Replace("@StartUtc", $"@st{i}", StringComparison.Ordinal)
                    .Replace("@ExceptRootId", $"@ex{i}", StringComparison.Ordinal);
                overlaps = $"({overlaps})";
                parameters.Add($"st{i}", r.StartUtc);
                parameters.Add($"en{i}", r.EndUtc);
                parameters.Add($"ea{i}", r.StartUtc - longestEntry);
                parameters.Add($"ex{i}", r.CorrectsId is null ? null : r.RootId, DbType.String);
            }

            var superseded = "0";
            if (r.CorrectsId is not null)
            {
                superseded = $"(SELECT COUNT(*) FROM service_records later JOIN service_records corrected ON corrected.id = @c{i} WHERE later.root_id = corrected.root_id AND later.seq > corrected.seq)";
                parameters.Add($"c{i}", r.CorrectsId);
            }

            sql.Append(i == 0 ? "" : " UNION ALL ").Append(
                $"""
                SELECT {i} AS Idx, e.id AS ExistingRecordId, e.seq AS ExistingSeq, e.minutes AS ExistingMinutes,
                       {session} AS SessionTaken, {overlaps} AS Overlaps, {superseded} AS Superseded,
                       (SELECT MAX(seq) FROM service_records WHERE volunteer_id = @v{i}) AS LastSeq
                FROM (SELECT 1 AS one) AS x LEFT JOIN service_records e ON e.operation_id = @op{i}
                """);
        }

        var rows = await connection.QueryAsync<LedgerBatchCheck>(new CommandDefinition(sql.Append(';').ToString(), parameters, transaction, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.Idx)];
    }

    /// <summary>One multi-row INSERT; the sequence of each row by its id.</summary>
    private static async Task<Dictionary<string, long>> InsertAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<ServiceRecord> records, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(
            """
            INSERT INTO service_records (id, operation_id, root_id, corrects_id, volunteer_id, organization_id, activity_id, session_id,
                session_start_utc, session_end_utc, category, start_utc, end_utc, deducted_minutes, minutes, delta_minutes, content, place, proof_name, proof_contact,
                proof_note, proof_photo_id, certified_by_id, certified_by_name, certified_utc, reason, entered_afterwards) VALUES
            """);
        var parameters = new DynamicParameters();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            sql.Append(i == 0 ? " " : ", ").Append(
                $"(@id{i}, @op{i}, @root{i}, @corrects{i}, @v{i}, @o{i}, @a{i}, @s{i}, @ss{i}, @se{i}, @cat{i}, @st{i}, @en{i}, @ded{i}, @min{i}, @delta{i}, @content{i}, @place{i}, @pn{i}, @pc{i}, @pnote{i}, @photo{i}, @by{i}, @byname{i}, @at{i}, @reason{i}, @later{i})");
            parameters.Add($"id{i}", r.Id);
            parameters.Add($"op{i}", r.OperationId);
            parameters.Add($"root{i}", r.RootId);
            parameters.Add($"corrects{i}", r.CorrectsId, DbType.String);
            parameters.Add($"v{i}", r.VolunteerId);
            parameters.Add($"o{i}", r.OrganizationId);
            parameters.Add($"a{i}", r.ActivityId, DbType.String);
            parameters.Add($"s{i}", r.SessionId, DbType.String);
            parameters.Add($"ss{i}", r.SessionStartUtc);
            parameters.Add($"se{i}", r.SessionEndUtc);
            parameters.Add($"cat{i}", r.Category);
            parameters.Add($"st{i}", r.StartUtc);
            parameters.Add($"en{i}", r.EndUtc);
            parameters.Add($"ded{i}", r.DeductedMinutes);
            parameters.Add($"min{i}", r.Minutes);
            parameters.Add($"delta{i}", r.DeltaMinutes);
            parameters.Add($"content{i}", r.Content);
            parameters.Add($"place{i}", r.Place);
            parameters.Add($"pn{i}", r.ProofName);
            parameters.Add($"pc{i}", r.ProofContact, DbType.String);
            parameters.Add($"pnote{i}", r.ProofNote, DbType.String);
            parameters.Add($"photo{i}", r.ProofPhotoId, DbType.String);
            parameters.Add($"by{i}", r.CertifiedById);
            parameters.Add($"byname{i}", r.CertifiedByName);
            parameters.Add($"at{i}", r.CertifiedUtc);
            parameters.Add($"reason{i}", r.Reason, DbType.String);
            parameters.Add($"later{i}", r.EnteredAfterwards);
        }

        // Checked under the volunteers' locks, so no row conflicts here: a conflict is a fault, not a refusal to hide.
        var rows = await connection.QueryAsync<(string Id, long Seq)>(new CommandDefinition(
            sql.Append(" RETURNING id, seq;").ToString(), parameters, transaction, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.Seq);
    }

    private static bool TakesSameSession(ServiceRecord earlier, ServiceRecord record) =>
        record.CorrectsId is null && record.SessionId is not null && earlier.CorrectsId is null
        && earlier.SessionId == record.SessionId && earlier.VolunteerId == record.VolunteerId;

    private static bool Overlap(ServiceRecord earlier, ServiceRecord record) =>
        record.Minutes > 0 && earlier.Minutes > 0 && earlier.VolunteerId == record.VolunteerId && earlier.RootId != record.RootId
        && earlier.StartUtc < record.EndUtc && record.StartUtc < earlier.EndUtc;

    public async Task<LedgerCheck> CheckAsync(string operationId, string volunteerId, string? sessionId, DateTime startUtc, DateTime endUtc, string? exceptRootId, TimeSpan longestEntry, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<CheckRow>(new CommandDefinition(
            $"""
            SELECT
                (SELECT id FROM service_records WHERE operation_id = @OperationId) AS ExistingRecordId,
                (SELECT COUNT(*) FROM service_records WHERE session_id = @SessionId AND volunteer_id = @VolunteerId AND corrects_id IS NULL) AS SessionTaken,
                ({OverlapCount}) AS Overlaps;
            """,
            new
            {
                OperationId = operationId,
                VolunteerId = volunteerId,
                SessionId = sessionId,
                StartUtc = startUtc,
                EndUtc = endUtc,
                ExceptRootId = exceptRootId,
                EarliestStart = startUtc - longestEntry,
            },
            cancellationToken: cancellationToken));
        return new LedgerCheck(row.ExistingRecordId, row.SessionTaken > 0, row.Overlaps > 0);
    }

    public Task<ServiceRecord?> FindByOperationAsync(string operationId, CancellationToken cancellationToken = default) =>
        SingleAsync($"SELECT {Columns} FROM service_records WHERE operation_id = @Value;", operationId, cancellationToken);

    public Task<ServiceRecord?> CurrentAsync(string rootId, CancellationToken cancellationToken = default) =>
        SingleAsync($"SELECT {Columns} FROM service_records WHERE root_id = @Value ORDER BY seq DESC LIMIT 1;", rootId, cancellationToken);

    public async Task<ServiceRecord?> OriginalForSessionAsync(string sessionId, string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ServiceRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM service_records WHERE session_id = @SessionId AND volunteer_id = @VolunteerId AND corrects_id IS NULL;",
            new { SessionId = sessionId, VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> OverlapsAsync(string volunteerId, DateTime startUtc, DateTime endUtc, string? exceptRootId, TimeSpan longestEntry, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var overlapping = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            OverlapCount + ";",
            new { VolunteerId = volunteerId, StartUtc = startUtc, EndUtc = endUtc, ExceptRootId = exceptRootId, EarliestStart = startUtc - longestEntry },
            cancellationToken: cancellationToken));
        return overlapping > 0;
    }

    public async Task<(long Minutes, long LastSeq)> SinceAsync(string volunteerId, long afterSeq, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Minutes, long LastSeq)>(new CommandDefinition(
            "SELECT COALESCE(SUM(delta_minutes), 0), COALESCE(MAX(seq), @AfterSeq) FROM service_records WHERE volunteer_id = @VolunteerId AND seq > @AfterSeq;",
            new { VolunteerId = volunteerId, AfterSeq = afterSeq },
            cancellationToken: cancellationToken));
        return row;
    }

    public async Task<long> TotalMinutesAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(SUM(delta_minutes), 0) FROM service_records WHERE volunteer_id = @VolunteerId;",
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> HasEntriesForActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM (
                SELECT 1 FROM service_records r
                WHERE r.activity_id = @ActivityId AND r.minutes > 0
                  AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq)
                LIMIT 1) t;
            """,
            new { ActivityId = activityId },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<bool> HasRecordsOfOthersAsync(string volunteerId, string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM (SELECT 1 FROM service_records WHERE volunteer_id = @VolunteerId AND organization_id <> @OrganizationId LIMIT 1) t;",
            new { VolunteerId = volunteerId, OrganizationId = organizationId },
            cancellationToken: cancellationToken)) > 0;
    }

    public async Task<Page<ServiceRecord>> ListForVolunteerAsync(string volunteerId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Page<ServiceRecord>.Clamp(pageSize);
        page = Math.Max(1, page);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM service_records WHERE volunteer_id = @VolunteerId;", new { VolunteerId = volunteerId }, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ServiceRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM service_records WHERE volunteer_id = @VolunteerId ORDER BY start_utc DESC, seq DESC LIMIT @Limit OFFSET @Offset;",
            new { VolunteerId = volunteerId, Limit = pageSize, Offset = (page - 1) * pageSize },
            cancellationToken: cancellationToken));
        return new Page<ServiceRecord>([.. rows], total, page, pageSize);
    }

    public async Task<IReadOnlyList<ServiceRecord>> CurrentEntriesAsync(string volunteerId, string? organizationId, DateTime? fromUtc, DateTime? toUtc, CancellationToken cancellationToken = default)
    {
        var where = "r.volunteer_id = @VolunteerId AND r.minutes > 0 AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq)";
        where += organizationId is null ? "" : " AND r.organization_id = @OrganizationId";
        where += fromUtc is null ? "" : " AND r.start_utc >= @From";
        where += toUtc is null ? "" : " AND r.start_utc < @To";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ServiceRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM service_records r WHERE {where} ORDER BY r.start_utc, r.seq;",
            new { VolunteerId = volunteerId, OrganizationId = organizationId, From = fromUtc, To = toUtc },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<HoursTally>> TallyAsync(string volunteerId, CancellationToken cancellationToken = default)
    {
        // China has kept UTC+8 all year since 1992, so adding eight hours gives the China date on both databases.
        var year = connections.Provider == StorageProvider.PostgreSql
            ? "CAST(EXTRACT(YEAR FROM r.start_utc + INTERVAL '8 hours') AS integer)"
            : "CAST(strftime('%Y', r.start_utc, '+8 hours') AS INTEGER)";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(int Year, string OrganizationId, string Category, long Minutes)>(new CommandDefinition(
            $"""
            SELECT {year} AS year, r.organization_id, r.category, SUM(r.minutes)
            FROM service_records r
            WHERE r.volunteer_id = @VolunteerId AND r.minutes > 0
              AND NOT EXISTS (SELECT 1 FROM service_records later WHERE later.root_id = r.root_id AND later.seq > r.seq)
            GROUP BY 1, 2, 3;
            """,
            new { VolunteerId = volunteerId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => new HoursTally(r.Year, r.OrganizationId, r.Category, r.Minutes))];
    }

    public async Task<IReadOnlyList<ServiceRecord>> RecentForVolunteerAsync(string volunteerId, string? organizationId, int limit, CancellationToken cancellationToken = default)
    {
        var where = organizationId is null ? "volunteer_id = @VolunteerId" : "volunteer_id = @VolunteerId AND organization_id = @OrganizationId";
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ServiceRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM service_records WHERE {where} ORDER BY start_utc DESC, seq DESC LIMIT @Limit;",
            new { VolunteerId = volunteerId, OrganizationId = organizationId, Limit = Page<ServiceRecord>.Clamp(limit) },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    private async Task<ServiceRecord?> SingleAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ServiceRecord>(new CommandDefinition(sql, new { Value = value }, cancellationToken: cancellationToken));
    }

    /// <summary>A typed row: PostgreSQL folds the aliases to lower case, and Dapper maps typed members without regard to case.</summary>
    private sealed class CheckRow
    {
        public string? ExistingRecordId { get; init; }

        public long SessionTaken { get; init; }

        public long Overlaps { get; init; }
    }
}
