using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>The first city admin's password came from the environment: it is replaced, and an authenticator enrolled, at first sign-in (issue 13).</summary>
public sealed class BootstrapAdminTests : IAsyncLifetime
{
    private readonly AppFactory _factory = new(kestrel: false);

    public ValueTask InitializeAsync()
    {
        _factory.Settings["Bootstrap:MustChangePassword"] = "true";
        _factory.Settings["Security:RequireSecondFactor"] = "true";
        _factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task The_bootstrap_admin_must_choose_a_new_password_and_enrol_an_authenticator_before_anything_else()
    {
        using var admin = new FormClient(_factory.CreateBrowserlikeClient());
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var first = await admin.GetAsync("/Organizations");
        var changed = await admin.SubmitAsync("/Account/ChangePassword",
            [new("Input.Current", AppFactory.AdminPassword), new("Input.Password", "a long new city password"), new("Input.ConfirmPassword", "a long new city password")]);
        var enrolFirst = await admin.GetAsync("/Organizations");
        await Authenticator.EnrolAsync(admin);
        var then = await admin.GetAsync("/Organizations");

        Assert.Contains("/Account/ChangePassword", first.Location);
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Contains("/Account/TwoFactor", enrolFirst.Location);
        Assert.Equal(HttpStatusCode.OK, then.Status);
    }
}
