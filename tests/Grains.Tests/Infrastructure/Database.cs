using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>Direct reads of what the grains left in the database, to prove what was (and was not) stored.</summary>
public static class Database
{
    public static async Task<int> CountAuditAsync(this ISqlConnectionFactory connections, string action, string subjectId)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM audit_log WHERE action = @action AND subject_id = @subjectId;", new { action, subjectId });
    }

    public static async Task<int> CountRowsAsync(this ISqlConnectionFactory connections, string table, string id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {table} WHERE id = @id;", new { id });
    }

    public static async Task<List<string>> MembershipEventsAsync(this ISqlConnectionFactory connections, Guid volunteerId)
    {
        await using var connection = await connections.OpenAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT event FROM membership_events WHERE volunteer_id = @id ORDER BY id;", new { id = volunteerId.ToString() })];
    }

    /// <summary>Every stored grain state, account row, read-model row and audit line as text, to search for a value that must not be there.</summary>
    public static async Task<string> DumpStoredTextAsync(this ISqlConnectionFactory connections)
    {
        await using var connection = await connections.OpenAsync();
        var payloads = await connection.QueryAsync<byte[]>("SELECT PayloadBinary FROM OrleansStorage WHERE PayloadBinary IS NOT NULL;");
        var texts = await connection.QueryAsync<string>(
            """
            SELECT user_name || ' ' || normalized_user_name || ' ' || display_name FROM accounts
            UNION ALL SELECT lookup_hash FROM volunteer_identifiers
            UNION ALL SELECT id || ' ' || volunteer_number || ' ' || display_name FROM volunteers
            UNION ALL SELECT COALESCE(actor_name, '') || ' ' || COALESCE(subject_id, '') || ' ' || COALESCE(detail, '') FROM audit_log;
            """);
        return string.Join('\n', payloads.Select(p => System.Text.Encoding.UTF8.GetString(p)).Concat(texts));
    }
}
