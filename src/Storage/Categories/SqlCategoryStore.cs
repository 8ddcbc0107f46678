using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Categories;

public sealed class SqlCategoryStore(ISqlConnectionFactory connections) : ICategoryStore
{
    public async Task<IReadOnlyList<CategoryRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CategoryRecord>(new CommandDefinition(
            """
            SELECT code AS Code, name_zh AS NameZh, name_en AS NameEn, built_in AS BuiltIn, sort_order AS SortOrder, created_utc AS CreatedUtc
            FROM service_categories ORDER BY sort_order, code;
            """,
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<bool> AddAsync(CategoryRecord category, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO service_categories (code, name_zh, name_en, built_in, sort_order, created_utc)
            SELECT @Code, @NameZh, @NameEn, @BuiltIn, COALESCE(MAX(sort_order), 0) + 1, @CreatedUtc FROM service_categories WHERE true
            ON CONFLICT (code) DO NOTHING;
            """,
            category,
            cancellationToken: cancellationToken)) == 1;
    }
}
