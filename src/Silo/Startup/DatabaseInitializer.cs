using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Migrations;

namespace VolunteerRecords.Silo.Startup;

/// <summary>Brings the schema up to date and creates the first city administrator, before anything else starts.</summary>
public sealed partial class DatabaseInitializer(
    MigrationRunner migrations,
    ISqlConnectionFactory connections,
    PersonalDataProtector personalData,
    IAccountStore accounts,
    IPasswordHasher<AccountRecord> hasher,
    IAuditLog audit,
    IOptions<BootstrapOptions> bootstrap,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrations.ApplyAsync(cancellationToken);
        await PersonalDataKeyCheck.VerifyAsync(connections, personalData, cancellationToken);
        await EnsureCityAdminAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureCityAdminAsync(CancellationToken cancellationToken)
    {
        if (await accounts.CountAsync(Role.CityAdmin, cancellationToken) > 0)
        {
            return;
        }

        var options = bootstrap.Value;
        if (string.IsNullOrEmpty(options.AdminPassword))
        {
            LogNoAdmin();
            return;
        }

        if (PasswordPolicy.Check(options.AdminPassword, options.AdminUserName) is { } weak)
        {
            throw new InvalidOperationException(
                $"Bootstrap:AdminPassword is refused ({weak}): it needs at least {PasswordPolicy.MinimumLength} characters, must not be the user name, and must not be on the list of common passwords.");
        }

        var account = new AccountRecord
        {
            Id = Guid.NewGuid().ToString(),
            UserName = options.AdminUserName,
            NormalizedUserName = AccountRecord.Normalize(options.AdminUserName),
            DisplayName = options.AdminDisplayName,
            Role = Role.CityAdmin,
            RegionCode = RegionCodes.City,
            // The city bureau is where revealing ID numbers starts: staff get it only from someone who holds it.
            CanUnmask = true,
            MustChangePassword = options.MustChangePassword,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        account.PasswordHash = hasher.HashPassword(account, options.AdminPassword);
        if (await accounts.TryCreateAsync(account, cancellationToken))
        {
            await audit.AppendAsync(
                new AuditEntry(account.CreatedUtc, null, "system", "account.bootstrap-admin-created", "account", account.Id, null, null),
                cancellationToken);
            LogAdminCreated(account.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No city administrator exists and Bootstrap:AdminPassword is not set; set the environment variable Bootstrap__AdminPassword and restart to create one.")]
    private partial void LogNoAdmin();

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first city administrator account {AccountId}")]
    private partial void LogAdminCreated(string accountId);
}
