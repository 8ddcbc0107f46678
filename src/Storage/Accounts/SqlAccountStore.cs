using Dapper;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Storage.Accounts;

public sealed class SqlAccountStore(ISqlConnectionFactory connections) : IAccountStore
{
    private const string Columns = """
        id AS Id, user_name AS UserName, normalized_user_name AS NormalizedUserName, display_name AS DisplayName,
        password_hash AS PasswordHash, role AS Role, region_code AS RegionCode, organization_id AS OrganizationId,
        volunteer_id AS VolunteerId, security_stamp AS SecurityStamp, is_disabled AS IsDisabled, created_utc AS CreatedUtc,
        must_change_password AS MustChangePassword, can_unmask AS CanUnmask, personal_document_hash AS PersonalDocumentHash,
        two_factor_enabled AS TwoFactorEnabled, authenticator_key AS AuthenticatorKey, recovery_codes AS RecoveryCodes
        """;

    public async Task<AccountRecord?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AccountRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM accounts WHERE normalized_user_name = @Name;",
            new { Name = AccountRecord.Normalize(userName) },
            cancellationToken: cancellationToken));
    }

    public async Task<AccountRecord?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AccountRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM accounts WHERE id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<bool> TryCreateAsync(AccountRecord account, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO accounts (id, user_name, normalized_user_name, display_name, password_hash, role, region_code,
                                  organization_id, volunteer_id, failed_sign_ins, lockout_end_utc, security_stamp, is_disabled, created_utc,
                                  must_change_password, can_unmask, personal_document_hash)
            VALUES (@Id, @UserName, @NormalizedUserName, @DisplayName, @PasswordHash, @Role, @RegionCode,
                    @OrganizationId, @VolunteerId, 0, NULL, @SecurityStamp, @IsDisabled, @CreatedUtc,
                    @MustChangePassword, @CanUnmask, @PersonalDocumentHash)
            ON CONFLICT DO NOTHING;
            """,
            new
            {
                account.Id,
                account.UserName,
                account.NormalizedUserName,
                account.DisplayName,
                account.PasswordHash,
                Role = account.Role.ToString(),
                account.RegionCode,
                account.OrganizationId,
                account.VolunteerId,
                account.SecurityStamp,
                account.IsDisabled,
                account.CreatedUtc,
                account.MustChangePassword,
                account.CanUnmask,
                account.PersonalDocumentHash,
            },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<int> CountAsync(Role role, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM accounts WHERE role = @Role;", new { Role = role.ToString() }, cancellationToken: cancellationToken));
    }

    public async Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE accounts SET is_disabled = @Disabled, security_stamp = @Stamp WHERE id = @Id;",
            new { Id = id, Disabled = disabled, Stamp = Guid.NewGuid().ToString("N") },
            cancellationToken: cancellationToken));
        if (disabled)
        {
            // Sessions are checked at every request: ending them here ends the account's use at once, on every node.
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE account_sessions SET ended_utc = @Now WHERE account_id = @Id AND ended_utc IS NULL;",
                new { Id = id, Now = DateTime.UtcNow },
                cancellationToken: cancellationToken));
        }
    }

    public async Task UpdateCredentialsAsync(AccountRecord account, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE accounts SET password_hash = @PasswordHash, security_stamp = @SecurityStamp, must_change_password = @MustChangePassword,
                                two_factor_enabled = @TwoFactorEnabled, authenticator_key = @AuthenticatorKey, recovery_codes = @RecoveryCodes
            WHERE id = @Id;
            """,
            new
            {
                account.Id,
                account.PasswordHash,
                account.SecurityStamp,
                account.MustChangePassword,
                account.TwoFactorEnabled,
                account.AuthenticatorKey,
                account.RecoveryCodes,
            },
            cancellationToken: cancellationToken));
    }

    public async Task ResetSecondFactorAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE accounts SET two_factor_enabled = @No, authenticator_key = NULL, recovery_codes = NULL, security_stamp = @Stamp WHERE id = @Id;
            UPDATE account_sessions SET ended_utc = @Now WHERE account_id = @Id AND ended_utc IS NULL;
            """,
            new { Id = id, No = false, Stamp = Guid.NewGuid().ToString("N"), Now = DateTime.UtcNow },
            cancellationToken: cancellationToken));
    }

    public async Task ResetPasswordAsync(string id, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE accounts SET password_hash = @PasswordHash, must_change_password = @Yes, security_stamp = @Stamp
            WHERE id = @Id;
            """,
            new { Id = id, PasswordHash = passwordHash, Yes = true, Stamp = Guid.NewGuid().ToString("N") },
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE account_sessions SET ended_utc = @Now WHERE account_id = @Id AND ended_utc IS NULL; DELETE FROM sign_in_failures WHERE account_id = @Id;",
            new { Id = id, Now = DateTime.UtcNow },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AccountRecord>> ListByOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM accounts WHERE organization_id = @OrganizationId AND role IN ('OrganizationAdmin', 'Recorder') ORDER BY role, user_name;",
            new { OrganizationId = organizationId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<AccountRecord>> ListBureauAsync(string regionPattern, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM accounts WHERE role IN ('CityAdmin', 'DistrictAdmin') AND region_code LIKE @Pattern ORDER BY region_code, user_name;",
            new { Pattern = regionPattern },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
