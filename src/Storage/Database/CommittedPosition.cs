using Dapper;

namespace VolunteerRecords.Storage.Database;

/// <summary>Jobs that read append-only tables from a stored position read up to a position no later row can fall behind.</summary>
public static class CommittedPosition
{
    /// <summary>The ledger's position up to which every row is committed.</summary>
    public static async Task<long> LedgerAsync(ISqlConnectionFactory connections, CancellationToken cancellationToken) =>
        (await OfAsync(connections, [("service_records", "seq")], cancellationToken))[0];

    /// <summary>
    /// Each table's highest position up to which every row is committed. On PostgreSQL a row numbered earlier can
    /// commit after a later one; a share lock, held only while the maxima are read, waits out the writers in flight
    /// (milliseconds) and lets the next ones go on. SQLite has one writer at a time, so its maxima are committed.
    /// </summary>
    /// <param name="tables">Each table with its position column: an identity column, or SQLite's rowid.</param>
    public static async Task<long[]> OfAsync(ISqlConnectionFactory connections, IReadOnlyList<(string Table, string Column)> tables, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connections.Provider == StorageProvider.PostgreSql)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"LOCK TABLE {string.Join(", ", tables.Select(t => t.Table))} IN SHARE MODE;", transaction: transaction, cancellationToken: cancellationToken));
        }

        var maxima = new long[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            maxima[i] = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                $"SELECT MAX({tables[i].Column}) FROM {tables[i].Table};", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        }

        await transaction.CommitAsync(cancellationToken);
        return maxima;
    }
}
