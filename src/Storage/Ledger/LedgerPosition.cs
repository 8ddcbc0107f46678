using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Ledger;

/// <summary>Jobs that read the ledger from a stored position read up to a position no later row can fall behind.</summary>
public static class LedgerPosition
{
    /// <summary>
    /// The highest position up to which every ledger row is committed. On PostgreSQL a row numbered earlier can commit
    /// after a later one; a share lock waits out the writers in flight (milliseconds) and lets the next ones go on.
    /// SQLite has one writer at a time, so the maximum is already committed.
    /// </summary>
    public static async Task<long> CommittedAsync(ISqlConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connections.Provider == StorageProvider.PostgreSql)
        {
            await connection.ExecuteAsync(new CommandDefinition("LOCK TABLE service_records IN SHARE MODE;", transaction: transaction, cancellationToken: cancellationToken));
        }

        var upper = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT MAX(seq) FROM service_records;", transaction: transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return upper ?? 0;
    }
}
