using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.TotalsChecks;

public sealed class SqlTotalsCheckStore(ISqlConnectionFactory connections) : ITotalsCheckStore
{
    public async Task AppendAsync(TotalsCheckRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO totals_checks (run_utc, checked, drifted, drifted_ids) VALUES (@RunUtc, @Checked, @Drifted, @DriftedIds);",
            row,
            cancellationToken: cancellationToken));
    }

    public async Task<TotalsCheckRow?> LatestAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<TotalsCheckRow>(new CommandDefinition(
            "SELECT run_utc AS RunUtc, checked AS Checked, drifted AS Drifted, drifted_ids AS DriftedIds FROM totals_checks ORDER BY id DESC LIMIT 1;",
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> VolunteersWithRecordsAsync(string? after, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT volunteer_id FROM service_records WHERE volunteer_id > @After ORDER BY volunteer_id LIMIT @Limit;",
            new { After = after ?? "", Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
