using Dapper;
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
        proof_note AS ProofNote, certified_by_id AS CertifiedById, certified_by_name AS CertifiedByName,
        certified_utc AS CertifiedUtc, reason AS Reason
        """;

    public async Task<long?> AppendAsync(ServiceRecord record, AuditEntry? audit = null, CancellationToken cancellationToken = default)
    {
        using var turn = await connections.WriteTurnAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var seq = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                INSERT INTO service_records (id, operation_id, root_id, corrects_id, volunteer_id, organization_id, activity_id, session_id,
                    session_start_utc, session_end_utc, category, start_utc, end_utc, deducted_minutes, minutes, delta_minutes, content, place, proof_name, proof_contact,
                    proof_note, certified_by_id, certified_by_name, certified_utc, reason)
                VALUES (@Id, @OperationId, @RootId, @CorrectsId, @VolunteerId, @OrganizationId, @ActivityId, @SessionId,
                    @SessionStartUtc, @SessionEndUtc, @Category, @StartUtc, @EndUtc, @DeductedMinutes, @Minutes, @DeltaMinutes, @Content, @Place, @ProofName, @ProofContact,
                    @ProofNote, @CertifiedById, @CertifiedByName, @CertifiedUtc, @Reason)
                ON CONFLICT DO NOTHING
                RETURNING seq;
                """,
                record,
                transaction,
                cancellationToken: cancellationToken));
        if (seq is not null && audit is not null)
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

        await transaction.CommitAsync(cancellationToken);
        return seq;
    }

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
