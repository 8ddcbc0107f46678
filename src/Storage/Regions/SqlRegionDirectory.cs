using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Regions;

public sealed class SqlRegionDirectory(ISqlConnectionFactory connections) : IRegionDirectory
{
    private const string Columns = "code AS Code, name AS Name, parent_code AS ParentCode, level AS Level";

    public async Task<IReadOnlyList<RegionRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RegionRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM regions ORDER BY level, code;", cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RegionRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM regions WHERE code = @Code;", new { Code = code }, cancellationToken: cancellationToken));
    }

    public async Task<bool> AddAsync(RegionRecord region, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO regions (code, name, parent_code, level) VALUES (@Code, @Name, @ParentCode, @Level) ON CONFLICT (code) DO NOTHING;",
            region,
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task RenameAsync(string code, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE regions SET name = @Name WHERE code = @Code;", new { Code = code, Name = name }, cancellationToken: cancellationToken));
    }
}
