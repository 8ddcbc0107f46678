using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

public sealed class SignInTests(AppFixture app)
{
    [Fact]
    public async Task Anonymous_request_is_sent_to_the_login_page()
    {
        using var client = app.NewClient();

        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/Account/Login", new Uri(new Uri("https://localhost"), page.Location).PathAndQuery);
    }

    [Fact]
    public async Task City_admin_signs_in_and_sees_the_chinese_home_page()
    {
        using var client = app.NewClient();

        await client.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("<html lang=\"zh-CN\">", home.Html);
        Assert.Contains("欢迎，市民政局管理员", home.Html);
        Assert.Contains("注册志愿者", home.Html);
    }

    [Fact]
    public async Task Wrong_password_shows_a_chinese_message_and_is_audited()
    {
        var (userName, _) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var client = app.NewClient();

        var page = await client.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", "wrong-password-1")]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("登录未成功：账号或密码不正确", page.Html);
        var audit = await app.Factory.Services.GetRequiredService<IAuditLog>()
            .QueryAsync(new AuditQuery(Actor: userName, Action: "account.sign-in-failed"), TestContext.Current.CancellationToken);
        Assert.Single(audit.Items);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var client = app.NewClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", "wrong-password-" + attempt)]);
        }

        var page = await client.SubmitAsync("/Account/Login", [new("Input.Login", userName), new("Input.Password", password)]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("登录未成功", page.Html);
        Assert.Contains("/Account/Login", (await client.GetAsync("/")).Location);
    }

    [Fact]
    public async Task Sign_in_answers_an_unknown_a_wrong_a_locked_and_a_disabled_account_alike()
    {
        var (wrong, _) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        var (locked, lockedPassword) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        var (disabledId, disabled, disabledPassword) = await app.Factory.CreateAccountWithIdAsync(Role.Recorder, organizationId: Guid.NewGuid());
        await app.Factory.Services.GetRequiredService<IAccountStore>().SetDisabledAsync(disabledId, true, TestContext.Current.CancellationToken);
        using var client = app.NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SubmitAsync("/Account/Login", [new("Input.Login", locked), new("Input.Password", "wrong-password-" + attempt)]);
        }

        var answers = new List<string>();
        foreach (var (login, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..8], "whatever-password"), (wrong, "wrong-password-1"), (locked, lockedPassword), (disabled, disabledPassword) })
        {
            var page = await client.SubmitAsync("/Account/Login", [new("Input.Login", login), new("Input.Password", password)]);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            answers.Add(System.Text.RegularExpressions.Regex.Match(page.Html, "<div class=\"errors[^\"]*\"[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("登录未成功", answers[0]);
    }

    [Fact]
    public async Task Successful_sign_in_is_audited_with_the_client_address()
    {
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.Recorder, organizationId: Guid.NewGuid());
        using var client = app.NewClient();

        await client.SignInAsync(userName, password);

        var audit = await app.Factory.Services.GetRequiredService<IAuditLog>()
            .QueryAsync(new AuditQuery(Actor: userName, Action: "account.signed-in"), TestContext.Current.CancellationToken);
        Assert.Single(audit.Items);
    }

    [Fact]
    public async Task Auth_cookie_is_secure_http_only_and_expires_when_idle()
    {
        using var client = app.NewClient();

        var result = await client.SubmitAsync("/Account/Login", [new("Input.Login", AppFactory.AdminUserName), new("Input.Password", AppFactory.AdminPassword)]);

        var cookie = result.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-vr.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_rejected()
    {
        using var client = app.NewClient();

        var page = await client.PostAsync("/Account/Login", [new("Input.Login", AppFactory.AdminUserName), new("Input.Password", AppFactory.AdminPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain(page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-vr.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task English_can_be_chosen_and_is_remembered()
    {
        using var client = app.NewClient();

        var switched = await client.SubmitAsync("/Account/Login", [new("culture", "en"), new("returnUrl", "/Account/Login")], postPath: "/Culture");
        var page = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.Redirect, switched.Status);
        Assert.Contains("<html lang=\"en\">", page.Html);
        Assert.Contains("Sign in", page.Html);
    }
}
