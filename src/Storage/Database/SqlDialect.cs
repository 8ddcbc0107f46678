namespace VolunteerRecords.Storage.Database;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
public static class SqlDialect
{
    /// <summary>
    /// "column is one of the array parameter": Dapper expands <c>IN @list</c> for SQLite, while Npgsql takes the
    /// array as one parameter, which PostgreSQL reads with <c>= ANY</c>.
    /// </summary>
    public static string IsAnyOf(this ISqlConnectionFactory connections, string column, string parameter) =>
        connections.Provider == StorageProvider.PostgreSql ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";
}
