using Npgsql;
using NpgsqlTypes;

namespace VolunteerRecords.Storage.Ledger;

/// <summary>
/// The batch check and insert for PostgreSQL: each column travels as one array and the statement text never changes
/// with the batch size, so the server plans it once per connection instead of once per sheet.
/// </summary>
internal static class PostgreSqlLedgerBatch
{
    private const string InsertSql = """
        INSERT INTO service_records (id, operation_id, root_id, corrects_id, volunteer_id, organization_id, activity_id, session_id,
            session_start_utc, session_end_utc, category, start_utc, end_utc, deducted_minutes, minutes, delta_minutes, content, place, proof_name, proof_contact,
            proof_note, proof_photo_id, certified_by_id, certified_by_name, certified_utc, reason)
        SELECT * FROM unnest(@id, @op, @root, @corrects, @v, @o, @a, @s, @ss, @se, @cat, @st, @en, @ded, @min, @delta, @content, @place, @pn, @pc, @pnote, @photo, @by, @byname, @at, @reason)
        RETURNING id, seq;
        """;

    public static async Task<List<LedgerBatchCheck>> CheckAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ServiceRecord> records, string overlapCount, TimeSpan longestEntry, CancellationToken cancellationToken)
    {
        var overlaps = overlapCount
            .Replace("@VolunteerId", "t.v", StringComparison.Ordinal).Replace("@EarliestStart", "t.ea", StringComparison.Ordinal)
            .Replace("@EndUtc", "t.en", StringComparison.Ordinal).Replace("@StartUtc", "t.st", StringComparison.Ordinal)
            .Replace("@ExceptRootId", "t.ex", StringComparison.Ordinal);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT t.idx, e.id, e.seq, e.minutes,
                   CASE WHEN t.session IS NULL THEN 0
                        ELSE (SELECT COUNT(*) FROM service_records s WHERE s.session_id = t.session AND s.volunteer_id = t.v AND s.corrects_id IS NULL) END,
                   CASE WHEN t.minutes > 0 THEN ({overlaps}) ELSE 0 END,
                   CASE WHEN t.corrects IS NULL THEN 0
                        ELSE (SELECT COUNT(*) FROM service_records later JOIN service_records corrected ON corrected.id = t.corrects
                              WHERE later.root_id = corrected.root_id AND later.seq > corrected.seq) END,
                   (SELECT MAX(m.seq) FROM service_records m WHERE m.volunteer_id = t.v)
            FROM unnest(@idx, @op, @v, @session, @st, @en, @ea, @ex, @corrects, @minutes) AS t(idx, op, v, session, st, en, ea, ex, corrects, minutes)
            LEFT JOIN service_records e ON e.operation_id = t.op
            ORDER BY t.idx;
            """,
            connection,
            transaction);
        command.Parameters.Add(Array("idx", NpgsqlDbType.Integer, records.Select((_, i) => (object?)i)));
        command.Parameters.Add(Array("op", NpgsqlDbType.Text, records.Select(r => (object?)r.OperationId)));
        command.Parameters.Add(Array("v", NpgsqlDbType.Text, records.Select(r => (object?)r.VolunteerId)));
        command.Parameters.Add(Array("session", NpgsqlDbType.Text, records.Select(r => (object?)(r.CorrectsId is null ? r.SessionId : null))));
        command.Parameters.Add(Array("st", NpgsqlDbType.TimestampTz, records.Select(r => (object?)Utc(r.StartUtc))));
        command.Parameters.Add(Array("en", NpgsqlDbType.TimestampTz, records.Select(r => (object?)Utc(r.EndUtc))));
        command.Parameters.Add(Array("ea", NpgsqlDbType.TimestampTz, records.Select(r => (object?)Utc(r.StartUtc - longestEntry))));
        command.Parameters.Add(Array("ex", NpgsqlDbType.Text, records.Select(r => (object?)(r.CorrectsId is null ? null : r.RootId))));
        command.Parameters.Add(Array("corrects", NpgsqlDbType.Text, records.Select(r => (object?)r.CorrectsId)));
        command.Parameters.Add(Array("minutes", NpgsqlDbType.Integer, records.Select(r => (object?)r.Minutes)));
        var checks = new List<LedgerBatchCheck>(records.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            checks.Add(new LedgerBatchCheck
            {
                Idx = reader.GetInt32(0),
                ExistingRecordId = reader.IsDBNull(1) ? null : reader.GetString(1),
                ExistingSeq = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                ExistingMinutes = reader.IsDBNull(3) ? null : reader.GetInt32(3),
                SessionTaken = reader.GetInt64(4),
                Overlaps = reader.GetInt64(5),
                Superseded = reader.GetInt64(6),
                LastSeq = reader.IsDBNull(7) ? null : reader.GetInt64(7),
            });
        }

        return checks;
    }

    public static async Task<Dictionary<string, long>> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ServiceRecord> records, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        void Column(string name, NpgsqlDbType type, Func<ServiceRecord, object?> value) => command.Parameters.Add(Array(name, type, records.Select(value)));
        Column("id", NpgsqlDbType.Text, r => r.Id);
        Column("op", NpgsqlDbType.Text, r => r.OperationId);
        Column("root", NpgsqlDbType.Text, r => r.RootId);
        Column("corrects", NpgsqlDbType.Text, r => r.CorrectsId);
        Column("v", NpgsqlDbType.Text, r => r.VolunteerId);
        Column("o", NpgsqlDbType.Text, r => r.OrganizationId);
        Column("a", NpgsqlDbType.Text, r => r.ActivityId);
        Column("s", NpgsqlDbType.Text, r => r.SessionId);
        Column("ss", NpgsqlDbType.TimestampTz, r => r.SessionStartUtc is { } start ? Utc(start) : null);
        Column("se", NpgsqlDbType.TimestampTz, r => r.SessionEndUtc is { } end ? Utc(end) : null);
        Column("cat", NpgsqlDbType.Text, r => r.Category);
        Column("st", NpgsqlDbType.TimestampTz, r => Utc(r.StartUtc));
        Column("en", NpgsqlDbType.TimestampTz, r => Utc(r.EndUtc));
        Column("ded", NpgsqlDbType.Integer, r => r.DeductedMinutes);
        Column("min", NpgsqlDbType.Integer, r => r.Minutes);
        Column("delta", NpgsqlDbType.Integer, r => r.DeltaMinutes);
        Column("content", NpgsqlDbType.Text, r => r.Content);
        Column("place", NpgsqlDbType.Text, r => r.Place);
        Column("pn", NpgsqlDbType.Text, r => r.ProofName);
        Column("pc", NpgsqlDbType.Text, r => r.ProofContact);
        Column("pnote", NpgsqlDbType.Text, r => r.ProofNote);
        Column("photo", NpgsqlDbType.Text, r => r.ProofPhotoId);
        Column("by", NpgsqlDbType.Text, r => r.CertifiedById);
        Column("byname", NpgsqlDbType.Text, r => r.CertifiedByName);
        Column("at", NpgsqlDbType.TimestampTz, r => Utc(r.CertifiedUtc));
        Column("reason", NpgsqlDbType.Text, r => r.Reason);
        var seqs = new Dictionary<string, long>(records.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            seqs[reader.GetString(0)] = reader.GetInt64(1);
        }

        return seqs;
    }

    /// <summary>An array parameter whose elements may be null (DBNull), typed so the server needs no guess.</summary>
    private static NpgsqlParameter Array(string name, NpgsqlDbType elementType, IEnumerable<object?> values) => new(name, NpgsqlDbType.Array | elementType)
    {
        Value = values.Select(v => v ?? DBNull.Value).ToArray(),
    };

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
