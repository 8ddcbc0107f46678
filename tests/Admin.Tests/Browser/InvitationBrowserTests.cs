using Microsoft.Playwright;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InvitationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_recorder_invites_a_registered_volunteer_who_accepts_on_her_phone_and_only_then_her_record_opens_A23()
    {
        fixture.SkipUnlessAvailable();
        var organizationName = "细河区邻里互助会" + Random.Shared.Next(100, 999);
        var organization = await fixture.RegisterOrganizationAsync(organizationName, "210902");
        var (recorderName, recorderPassword) = await fixture.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        var (volunteerId, phone, idNumber) = await fixture.RegisteredVolunteerWithIdNumberAsync("苏晴", "210902");

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var recorder = await fixture.SignedInDeskAsync(desk, recorderName, recorderPassword);
        await recorder.GotoAsync($"/Organizations/RegisterVolunteer/{organization}");
        await recorder.GetByLabel("姓名", new() { Exact = true }).FillAsync("苏晴");
        await recorder.GetByLabel("证件号码").FillAsync(idNumber);
        await recorder.GetByLabel("居住地区").SelectOptionAsync("210902");
        await recorder.GetByLabel("手机号", new() { Exact = true }).FillAsync(phone);
        await recorder.GetByLabel("本人（或监护人）已知情并同意登记").CheckAsync();
        await recorder.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await recorder.WaitForURLAsync($"**/Organizations/Members/{organization}");
        Assert.Contains("已向其发出加入邀请", await recorder.Locator(".notice").InnerTextAsync());
        Assert.Contains("邀请待答复", await recorder.Locator("[data-test=invitations]").InnerTextAsync());
        Assert.DoesNotContain("苏晴", await recorder.Locator("main").InnerTextAsync());
        await fixture.ScreenshotAsync(recorder, "invitation-1-sent-desk.png");
        var closed = await recorder.GotoAsync($"/Volunteers/Details/{volunteerId}");
        Assert.Equal(404, closed!.Status);

        await using var phoneContext = await fixture.PhoneContextAsync();
        var volunteer = await phoneContext.NewPageAsync();
        await volunteer.GotoAsync("/");
        await volunteer.GetByLabel("手机号、证件号或账号").FillAsync(phone);
        await volunteer.GetByLabel("密码").FillAsync("Volunteer2026");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Volunteers/Me");
        var invitation = volunteer.Locator("[data-test=invitations]");
        Assert.Contains(organizationName + " 邀请你加入", await invitation.InnerTextAsync());
        await fixture.ScreenshotAsync(volunteer, "invitation-2-phone.png");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "接受邀请" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/Volunteers/Me");
        Assert.Contains("已加入 " + organizationName, await volunteer.Locator(".notice").InnerTextAsync());
        Assert.Equal(0, await volunteer.Locator("[data-test=invitations]").CountAsync());
        await fixture.ScreenshotAsync(volunteer, "invitation-3-accepted-phone.png");

        var opened = await recorder.GotoAsync($"/Volunteers/Details/{volunteerId}");
        Assert.Equal(200, opened!.Status);
        Assert.Contains("苏晴", await recorder.Locator("h1").InnerTextAsync());
        await fixture.ScreenshotAsync(recorder, "invitation-4-record-desk.png");
    }
}
