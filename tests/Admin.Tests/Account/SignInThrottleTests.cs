using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>
/// Behind a configured proxy, on a host of its own: guesses from one address are slowed for that address only, so a
/// stranger typing a volunteer's phone number cannot keep her out (issue 13).
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new(kestrel: true);

    public ValueTask InitializeAsync()
    {
        _factory.Settings["Proxies:KnownProxies:0"] = "127.0.0.1";
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task A_stranger_guessing_from_one_address_is_slowed_while_the_owner_signs_in_from_hers()
    {
        var (userName, password) = await _factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var stranger = Client("203.0.113.9");
        using var owner = Client("198.51.100.7");

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await stranger.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", "wrong-password-" + attempt)]);
        }

        var strangerRight = await stranger.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        await owner.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        var lines = (await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Actor: userName), TestContext.Current.CancellationToken)).Items;

        Assert.Contains("登录未成功", strangerRight.Html);
        Assert.Contains(lines, l => l is { Action: "account.signed-in", RemoteIp: "198.51.100.7" });
        Assert.DoesNotContain(lines, l => l is { Action: "account.signed-in", RemoteIp: "203.0.113.9" });
        Assert.Contains(lines, l => l is { Action: "account.sign-in-failed", RemoteIp: "203.0.113.9", Detail: "throttled" });
    }

    private FormClient Client(string address)
    {
        var client = new FormClient(_factory.CreateBrowserlikeClient());
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
