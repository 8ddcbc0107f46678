using Dapper;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Grains.Tests.Consistency;

/// <summary>
/// A registration whose account could not be opened (the database failed between the two) is finished later, by her
/// next attempt with a fresh form or by the grain's next activation: she can always sign in (issue 14).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RegistrationConsistencyTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Her_next_attempt_with_a_fresh_form_opens_the_account_with_the_password_she_typed_last_A20()
    {
        var id = Guid.NewGuid();
        var command = People.Adult();
        await using (await AccountInsertsFailAsync(id))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Grain(id).RegisterAsync(command with { PasswordHash = "first-hash" }, Scenario.Self(id)));
        }

        var profile = await Grain(id).RegisterAsync(command with { PasswordHash = "second-hash" }, Scenario.Self(id));
        var again = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RegisterAsync(command, Scenario.Self(id)));

        var account = await Accounts().FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(profile.VolunteerNumber, account?.UserName);
        Assert.Equal("second-hash", account?.PasswordHash);
        Assert.Equal(VolunteerErrors.AlreadyRegistered, again.Code);
    }

    [Fact]
    public async Task The_grains_next_activation_opens_an_account_left_unopened_A20()
    {
        var id = Guid.NewGuid();
        await using (await AccountInsertsFailAsync(id))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Grain(id).RegisterAsync(People.Adult() with { PasswordHash = "only-hash" }, Scenario.Self(id)));
        }

        Assert.Null(await Accounts().FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken));
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        await Grain(id).GetProfileAsync();

        Assert.Equal("only-hash", (await Accounts().FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken))?.PasswordHash);
    }

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);

    private SqlAccountStore Accounts() => new(fixture.Connections);

    /// <summary>The database refuses her account row until disposed, as an outage between two writes would.</summary>
    private async Task<IAsyncDisposable> AccountInsertsFailAsync(Guid id)
    {
        var trigger = "fail_account_" + id.ToString("N");
        await using (var connection = await fixture.Connections.OpenAsync(TestContext.Current.CancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"CREATE TRIGGER {trigger} BEFORE INSERT ON accounts WHEN NEW.id = '{id}' BEGIN SELECT RAISE(ABORT, 'simulated outage'); END;",
                cancellationToken: TestContext.Current.CancellationToken));
        }

        return new Dropping(fixture, trigger);
    }

    private sealed class Dropping(ClusterFixture fixture, string trigger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using var connection = await fixture.Connections.OpenAsync(TestContext.Current.CancellationToken);
            await connection.ExecuteAsync(new CommandDefinition($"DROP TRIGGER {trigger};", cancellationToken: TestContext.Current.CancellationToken));
        }
    }
}
