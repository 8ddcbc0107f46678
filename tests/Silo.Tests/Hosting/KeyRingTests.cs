using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Tests.Hosting;

public sealed class KeyRingTests
{
    [Fact]
    public async Task Data_protection_keys_are_stored_sealed_and_shared_by_the_nodes()
    {
        await using var profile = await StorageProfile.CreateAsync(StorageProvider.Sqlite);
        string protectedText;
        await using (var first = PlatformHost.Sqlite(profile.Options.DataDirectory, FreePort.Next(), FreePort.Next()))
        {
            first.StartServer();
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("甲乙丙");
        }

        await using var second = PlatformHost.Sqlite(profile.Options.DataDirectory, FreePort.Next(), FreePort.Next());
        second.StartServer();
        var unprotected = second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);
        await using var connection = await profile.Connections.OpenAsync(TestContext.Current.CancellationToken);
        var stored = (await connection.QueryAsync<string>("SELECT xml FROM data_protection_keys;")).ToList();

        Assert.Equal("甲乙丙", unprotected);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("sealedKey", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }
}
