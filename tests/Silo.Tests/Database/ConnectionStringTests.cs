using Npgsql;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Database;

/// <summary>
/// PostgreSQL connections prepare the statements the platform repeats and go back to the pool without a reset,
/// unless the operator said otherwise.
/// </summary>
public sealed class ConnectionStringTests
{
    [Fact]
    public void Statements_used_repeatedly_are_prepared_by_default()
    {
        var factory = new SqlConnectionFactory(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=db;Username=vr;Database=vr" });

        var built = new NpgsqlConnectionStringBuilder(factory.ConnectionString);

        Assert.True(built.MaxAutoPrepare > 0);
        Assert.True(built.NoResetOnClose);
        Assert.Equal(("db", "vr", "vr"), (built.Host, built.Username, built.Database));
    }

    [Theory]
    [InlineData("Host=db;Username=vr;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Username=vr;MaxAutoPrepare=7", 7)]
    public void A_connection_string_that_sets_preparation_keeps_its_value(string given, int expected)
    {
        var factory = new SqlConnectionFactory(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = given });

        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(factory.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public void A_connection_string_that_asks_for_the_reset_keeps_it()
    {
        var factory = new SqlConnectionFactory(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=db;Username=vr;No Reset On Close=false" });

        Assert.False(new NpgsqlConnectionStringBuilder(factory.ConnectionString).NoResetOnClose);
    }
}
