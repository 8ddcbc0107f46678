using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>
/// A session left open is not enough to reveal ID numbers, open accounts, export for the national platform or change
/// the phone one signs in with: the owner proves again it is them (issue 13).
/// </summary>
public sealed class RecentSignInTests(AppFixture app)
{
    [Fact]
    public async Task Revealing_an_id_number_in_an_old_session_asks_for_the_password_again_A5()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var registrar = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await registrar.RegisterOnSiteAsync(organization, "陈静", TestPeople.ResidentId(1990, 1, 2));
        var (accountId, userName, password) = await app.Factory.CreateAccountWithIdAsync(Role.Recorder, organizationId: organization, canUnmask: true);
        using var recorder = app.NewClient();
        await recorder.SignInAsync(userName, password);
        await AgeSessionsAsync(accountId);
        var reveal = member.DetailsPath + "?handler=Reveal";

        var asked = await recorder.SubmitAsync(member.DetailsPath, [], postPath: reveal);
        var wrong = await recorder.SubmitAsync(asked.Location!, [new("Input.Password", "not-my-password")]);
        var confirmed = await recorder.SubmitAsync(asked.Location!, [new("Input.Password", password)]);
        var revealed = await recorder.SubmitAsync(member.DetailsPath, [], postPath: reveal);

        Assert.Contains("/Account/Confirm", asked.Location);
        Assert.Contains(Uri.EscapeDataString(member.DetailsPath), asked.Location);
        Assert.Contains("密码不正确", wrong.Html);
        Assert.Equal(member.DetailsPath, confirmed.Location);
        Assert.Equal(HttpStatusCode.OK, revealed.Status);
        Assert.Contains("1990", revealed.Html);
        var audit = await app.Factory.Services.GetRequiredService<IAuditLog>()
            .QueryAsync(new AuditQuery(Actor: userName, Action: "account.reconfirm-failed"), TestContext.Current.CancellationToken);
        Assert.Single(audit.Items);
    }

    [Fact]
    public async Task Opening_a_staff_account_and_the_national_export_need_a_fresh_proof_too()
    {
        var organization = await app.RegisterOrganizationAsync();
        var (accountId, userName, password) = await app.Factory.CreateAccountWithIdAsync(Role.OrganizationAdmin, organizationId: organization);
        using var admin = app.NewClient();
        await admin.SignInAsync(userName, password);
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        // A city account of its own, so that ageing its session slows no other test's city admin.
        var (cityId, cityName, cityPassword) = await app.Factory.CreateAccountWithIdAsync(Role.CityAdmin, region: "210900");
        using var oldCity = app.NewClient();
        await oldCity.SignInAsync(cityName, cityPassword);
        await AgeSessionsAsync(accountId);
        await AgeSessionsAsync(cityId);

        var staff = await admin.SubmitAsync($"/Organizations/Staff/{organization}",
            [new("Input.UserName", "rs" + Guid.NewGuid().ToString("N")[..8]), new("Input.DisplayName", "新记录员"), new("Input.Role", "Recorder")]);
        var freshCity = await city.GetAsync("/Exports");
        var export = await oldCity.SubmitAsync("/Exports", [], postPath: "/Exports?handler=Create");

        Assert.Contains("/Account/Confirm", staff.Location);
        Assert.Equal(HttpStatusCode.OK, freshCity.Status);
        Assert.Contains("/Account/Confirm", export.Location);
    }

    [Fact]
    public async Task A_volunteer_changes_her_skills_freely_but_her_sign_in_phone_only_after_her_password()
    {
        var phone = TestPeople.Phone();
        var idNumber = TestPeople.ResidentId();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("周敏", idNumber, phone));
        await client.SignInAsync(phone, "Volunteer2026");
        await AgeSessionsAsync(await app.VolunteerIdAsync(idNumber));
        var newPhone = TestPeople.Phone();

        var skills = await SaveContactAsync(client, phone, "急救");
        var moved = await SaveContactAsync(client, newPhone, "急救");
        await client.SubmitAsync(moved.Location!, [new("Input.Password", "Volunteer2026")]);
        var movedNow = await SaveContactAsync(client, newPhone, "急救");

        Assert.Equal("/Volunteers/Me", skills.Location);
        Assert.Contains("/Account/Confirm", moved.Location);
        Assert.Equal("/Volunteers/Me", movedNow.Location);
        Assert.Contains(newPhone, (await client.FollowAsync(movedNow)).Html);
    }

    private static Task<FormClient.Page> SaveContactAsync(FormClient client, string phone, string skills) =>
        client.SubmitAsync("/Volunteers/Me",
            [new("Contact.Phone", phone), new("Contact.ResidenceRegionCode", "210902"), new("Contact.Skills", skills), new("Contact.Intentions", "EventsAndGatherings")],
            postPath: "/Volunteers/Me?handler=Contact");

    /// <summary>As if the account signed in an hour ago: its sessions' last proof of identity moves back.</summary>
    private async Task AgeSessionsAsync(string accountId)
    {
        var sessions = app.Factory.Services.GetRequiredService<ISessionStore>();
        foreach (var session in await sessions.OpenForAccountAsync(accountId, DateTime.UtcNow, TestContext.Current.CancellationToken))
        {
            await sessions.ConfirmAsync(session.Id, accountId, DateTime.UtcNow.AddHours(-1), TestContext.Current.CancellationToken);
        }
    }
}
