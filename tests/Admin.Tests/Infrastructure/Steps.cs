using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>Common multi-page steps: an organization with a signed-in recorder, a registered and signed-in volunteer.</summary>
public static class Steps
{
    public static async Task<Guid> RegisterOrganizationAsync(this AppFixture app, string region = "210902", string? name = null)
    {
        using var admin = app.NewClient();
        await admin.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var created = await admin.SubmitAsync("/Organizations/Create",
            [new("Input.Name", name ?? "测试协会" + Guid.NewGuid().ToString("N")[..6]), new("Input.Kind", "VolunteerOrganization"), new("Input.RegionCode", region)]);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        return Guid.Parse(created.Location!.Split('/')[^1]);
    }

    public static async Task<FormClient> SignedInStaffAsync(this AppFixture app, Role role, Guid organizationId, bool canUnmask = false)
    {
        var (_, userName, password) = await app.Factory.CreateAccountWithIdAsync(role, organizationId: organizationId, canUnmask: canUnmask);
        var client = app.NewClient();
        await client.SignInAsync(userName, password);
        return client;
    }

    /// <summary>The recorder registers a volunteer on the spot (A7): they become a member at once.</summary>
    public static async Task<OnSiteMember> RegisterOnSiteAsync(this FormClient recorder, Guid organizationId, string name, string? idNumber = null)
    {
        var phone = TestPeople.Phone();
        var registered = await recorder.SubmitAsync($"/Organizations/RegisterVolunteer/{organizationId}",
        [
            new("Input.Name", name), new("Input.DocumentType", "ResidentIdCard"), new("Input.DocumentNumber", idNumber ?? TestPeople.ResidentId()),
            new("Input.ResidenceRegionCode", "210902"), new("Input.Phone", phone), new("PersonConsented", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        var members = await recorder.FollowAsync(registered);
        var password = Regex.Match(members.Html, "初始密码：([A-Za-z0-9]{12})").Groups[1].Value;
        var volunteerId = Regex.Match(members.Html, "/Volunteers/Details/([0-9a-f-]{36})").Groups[1].Value;
        return new OnSiteMember(volunteerId, phone, password);
    }

    /// <summary>The member signs in with the initial password and chooses their own, as the site requires first.</summary>
    public static async Task<FormClient> SignedInMemberAsync(this AppFixture app, OnSiteMember member)
    {
        var client = app.NewClient();
        await client.SignInAsync(member.Phone, member.Password);
        await client.SubmitAsync("/Account/ChangePassword", [new("Input.Current", member.Password), new("Input.Password", "Volunteer2026x"), new("Input.ConfirmPassword", "Volunteer2026x")]);
        return client;
    }

    /// <returns>The signed-in volunteer's client and their phone.</returns>
    public static async Task<(FormClient Client, string Phone, string IdNumber)> SignedInVolunteerAsync(this AppFixture app, string name = "韩梅梅")
    {
        var phone = TestPeople.Phone();
        var idNumber = TestPeople.ResidentId();
        var client = app.NewClient();
        var registered = await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration(name, idNumber, phone));
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        await client.SignInAsync(phone, "Volunteer2026");
        return (client, phone, idNumber);
    }

    /// <summary>The id of the volunteer holding an ID number, as the platform finds it.</summary>
    public static async Task<string> VolunteerIdAsync(this AppFixture app, string idNumber)
    {
        var protector = app.Factory.Services.GetRequiredService<PersonalDataProtector>();
        var id = await app.Factory.Services.GetRequiredService<IVolunteerDirectory>()
            .FindByIdentifierAsync(protector.LookupHash(VolunteerRules.DocumentIdentifier, idNumber));
        Assert.NotNull(id);
        return id;
    }

    /// <summary>The signed-in volunteer answers an organization's invitation in her portal.</summary>
    public static Task<FormClient.Page> AnswerInvitationAsync(this FormClient volunteer, Guid organizationId, bool accept, bool guardianAgrees = false) =>
        volunteer.SubmitAsync(
            "/Volunteers/Me",
            [
                new("organizationId", organizationId.ToString()), new("operationId", Guid.NewGuid().ToString()),
                new("accept", accept ? "true" : "false"), .. guardianAgrees ? [new KeyValuePair<string, string>("guardianAgrees", "true")] : Array.Empty<KeyValuePair<string, string>>(),
            ],
            postPath: "/Volunteers/Me?handler=AnswerInvitation");
}
