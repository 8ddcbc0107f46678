using System.Data.Common;
using Dapper;

namespace VolunteerRecords.Storage.Migrations;

/// <summary>
/// What the role the platform runs as may do, granted by the owner after every migration run (so new tables are
/// covered): read and write the working tables, only read and append the append-only ones, and never alter or drop
/// anything — only an owner may, and the runtime role owns nothing in the public schema.
/// </summary>
public static class RuntimeGrants
{
    public static async Task ApplyAsync(DbConnection owner, string role, CancellationToken cancellationToken)
    {
        var grantee = Quote(role);
        // The append-only tables are found by their guarding triggers, so a new one is covered by the trigger it needs anyway.
        var sql = $"""
            GRANT USAGE ON SCHEMA public TO {grantee};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {grantee};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {grantee};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {grantee};
            REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM {grantee};
            REVOKE UPDATE, DELETE ON schema_migrations FROM {grantee};
            DO $grants$
            DECLARE
                guarded record;
            BEGIN
                FOR guarded IN
                    SELECT DISTINCT c.relname, t.tgname LIKE '%\_decided\_once' AS decided_once
                    FROM pg_trigger t
                    JOIN pg_class c ON c.oid = t.tgrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND NOT t.tgisinternal
                      AND (t.tgname LIKE '%\_append\_only' OR t.tgname LIKE '%\_immutable' OR t.tgname LIKE '%\_decided\_once')
                LOOP
                    -- A complaint is decided once, by an update its trigger allows; nothing else changes a guarded row.
                    IF guarded.decided_once THEN
                        EXECUTE format('REVOKE DELETE ON %I FROM %s', guarded.relname, {Literal(grantee)});
                    ELSE
                        EXECUTE format('REVOKE UPDATE, DELETE ON %I FROM %s', guarded.relname, {Literal(grantee)});
                    END IF;
                END LOOP;
            END
            $grants$;
            """;
        await owner.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    /// <summary>A role name as an SQL identifier: it comes from configuration, and is quoted all the same.</summary>
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
