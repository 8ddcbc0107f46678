using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VolunteerRecords.Admin;
using VolunteerRecords.Silo.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Silo.Tests.Storage;

/// <summary>
/// Accounts made before ASP.NET Core Identity and the second factor keep working after the upgrade, and what Identity
/// writes (stamp, authenticator secret, recovery codes) reads back from the real database (issue 13).
/// </summary>
public sealed class AccountUpgradeTests
{
    private const string Password = "an old password of hers";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task An_account_of_the_previous_version_signs_in_after_the_upgrade_and_enrols_an_authenticator(StorageProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var profile = await StorageProfile.CreateAsync(provider);
        var runner = new MigrationRunner(profile.Connections, NullLogger<MigrationRunner>.Instance);
        var secondFactor = MigrationRunner.Load(provider).Single(m => m.Name == "second_factor").Version;
        await runner.ApplyThroughAsync(secondFactor - 1, cancellation);
        await InsertAsTheLastVersionDidAsync(profile.Connections, cancellation);

        var applied = await runner.ApplyAsync(cancellation);
        await using var services = Services(profile.Connections);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
        var account = await users.FindByNameAsync("old-district");

        Assert.Contains(secondFactor, applied);
        Assert.NotNull(account);
        Assert.True(await users.CheckPasswordAsync(account, Password));
        Assert.False(await users.GetTwoFactorEnabledAsync(account));
        Assert.True(account.RequiresSecondFactor);

        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10))!.ToList();
        var stored = await scope.ServiceProvider.GetRequiredService<IAccountStore>().FindByIdAsync(account.Id, cancellation);
        var key = await users.GetAuthenticatorKeyAsync(account);

        Assert.NotNull(stored);
        Assert.True(stored.TwoFactorEnabled);
        Assert.NotEqual(key, stored.AuthenticatorKey);
        Assert.Equal(key, await users.GetAuthenticatorKeyAsync(stored));
        Assert.DoesNotContain(codes[0], stored.RecoveryCodes!, StringComparison.Ordinal);
        Assert.Equal(10, await users.CountRecoveryCodesAsync(stored));
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(stored, codes[0])).Succeeded);
        var afterRedeem = await users.FindByIdAsync(account.Id);
        Assert.Equal(9, await users.CountRecoveryCodesAsync(afterRedeem!));
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(afterRedeem!, codes[0])).Succeeded);
        Assert.True(await users.CheckPasswordAsync(afterRedeem!, Password));
    }

    /// <summary>The accounts row as the version before the upgrade wrote it, with that version's password hash.</summary>
    private static async Task InsertAsTheLastVersionDidAsync(SqlConnectionFactory connections, CancellationToken cancellation)
    {
        var hash = new PasswordHasher<AccountRecord>().HashPassword(new AccountRecord(), Password);
        await using var connection = await connections.OpenAsync(cancellation);
        await connection.ExecuteAsync(
            """
            INSERT INTO accounts (id, user_name, normalized_user_name, display_name, password_hash, role, region_code,
                                  organization_id, volunteer_id, failed_sign_ins, lockout_end_utc, security_stamp, is_disabled, created_utc,
                                  must_change_password, can_unmask, personal_document_hash)
            VALUES ('acc-old', 'old-district', 'OLD-DISTRICT', '海州区民政局', @Hash, 'DistrictAdmin', '210902',
                    NULL, NULL, 0, NULL, 'stamp-1', @No, @Created, @No, @No, NULL);
            """,
            new { Hash = hash, No = false, Created = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) });
    }

    private static ServiceProvider Services(SqlConnectionFactory connections)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.AddSingleton<ISqlConnectionFactory>(connections);
        services.AddSingleton<IAccountStore, SqlAccountStore>();
        services.AddSingleton<ISessionStore, SqlSessionStore>();
        services.AddSingleton<ISignInThrottle, SqlSignInThrottle>();
        services.AddSingleton<IVolunteerDirectory>(_ => throw new InvalidOperationException("not needed to check passwords"));
        services.AddSingleton(TimeProvider.System);
        services.AddAccountIdentity();
        return services.BuildServiceProvider();
    }
}
