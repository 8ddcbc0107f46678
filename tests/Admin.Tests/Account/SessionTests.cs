using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>Sessions live on the server: a cookie kept after signing out, or of a session ended elsewhere, is worthless.</summary>
public sealed class SessionTests(AppFixture app)
{
    [Fact]
    public async Task A_cookie_copied_before_signing_out_is_refused_afterwards()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var client = app.NewClient();
        var signedIn = await client.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);
        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-vr.auth=", StringComparison.Ordinal)).Split(';')[0];

        var before = await Replay(cookie);
        await client.SubmitAsync("/", [], postPath: "/Account/Logout");
        var after = await Replay(cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_user_sees_their_sessions_and_ends_the_one_on_a_lost_phone()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var desk = app.NewClient();
        using var phone = app.NewClient();
        await desk.SignInAsync(userName, password);
        await phone.SignInAsync(userName, password);

        var list = await desk.GetAsync("/Account/Sessions");
        var ids = System.Text.RegularExpressions.Regex.Matches(list.Html, "name=\"sessionId\" value=\"([0-9a-f]{32})\"").Select(m => m.Groups[1].Value).ToList();
        var mine = System.Text.RegularExpressions.Regex.Match(list.Html, "（当前设备）</strong>\\s*<form[^>]*>\\s*<input type=\"hidden\" name=\"sessionId\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var lost = Assert.Single(ids, id => id != mine);

        var ended = await desk.SubmitAsync("/Account/Sessions", [new("sessionId", lost)], postPath: "/Account/Sessions?handler=End");

        Assert.Equal(2, ids.Count);
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("/Account/Login", (await phone.GetAsync("/")).Location);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/")).Status);
    }

    private async Task<HttpResponseMessage> Replay(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = false,
        });
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
