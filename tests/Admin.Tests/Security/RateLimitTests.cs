using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>Limits per real client on a host of their own, since the test server gives every request one address.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new(kestrel: false);

    public ValueTask InitializeAsync()
    {
        _factory.Settings["RateLimits:SignInsPerMinute"] = "3";
        _factory.Settings["Certificates:VerificationsPerMinute"] = "10";
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task A_forged_x_forwarded_for_neither_escapes_the_sign_in_limit_nor_reaches_the_audit_log()
    {
        using var client = new FormClient(_factory.CreateBrowserlikeClient());
        var form = await client.GetAsync("/Account/Login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent(form.HiddenFields().Concat([new("Input.Login", "nobody-" + i), new("Input.Password", "wrong-password-1")])),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await client.Http.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        var failures = await _factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(Action: "account.sign-in-failed"), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, failures.Total);
        Assert.DoesNotContain(failures.Items, f => f.RemoteIp?.StartsWith("203.0.113.", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Guessing_certificate_codes_in_bulk_meets_the_limit_of_ten_checks_a_minute_per_address_A25()
    {
        using var anyone = new FormClient(_factory.CreateBrowserlikeClient());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await anyone.GetAsync($"/Verify?number=FX20260101000001&code=GUESS{i:D3}")).Status);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }
}
