using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Grains.Claims;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ClaimBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_recorder_answers_a_claim_from_the_queue_and_the_volunteer_reads_the_reason_on_a_phone_A13()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("新邱区助老服务队" + Random.Shared.Next(100, 999), "210903");
        var (recorderName, recorderPassword) = await fixture.Factory.CreateAccountAsync(Role.Recorder, organizationId: organization);
        var (volunteer, phone) = await fixture.RegisteredVolunteerAsync("苏晴", "210903");
        var activity = await DraftAsync(organization);
        // A claim as the volunteer's activity page files it; the live clock cannot wait for a session to pass here.
        var started = DateTime.UtcNow.AddDays(-1);
        await fixture.Factory.Services.GetRequiredService<IServiceClaimStore>().FileAsync(new ServiceClaimRow
        {
            Id = Guid.NewGuid().ToString(),
            Kind = ClaimKind.Hours,
            VolunteerId = volunteer.ToString(),
            OrganizationId = organization.ToString(),
            ActivityId = activity.ToString(),
            SessionId = Guid.NewGuid().ToString(),
            StartUtc = started,
            EndUtc = started.AddHours(2),
            DeductedMinutes = 10,
            ProofName = "社区刘书记",
            ProofContact = "0418-3300000",
            FiledByName = "苏晴",
            FiledUtc = DateTime.UtcNow,
        }, TestContext.Current.CancellationToken);

        await using var desk = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Factory.ServerAddress.ToString() });
        var recorder = await fixture.SignedInDeskAsync(desk, recorderName, recorderPassword);
        await recorder.GotoAsync($"/Organizations/Details/{organization}");
        var queue = recorder.Locator($"a[href='/Organizations/Claims/{organization}']");
        Assert.Equal("1", await queue.Locator(".badge").InnerTextAsync());
        await queue.ClickAsync();
        var row = recorder.Locator("tr", new() { HasText = "苏晴" });
        Assert.Contains("社区刘书记", await row.InnerTextAsync());
        await fixture.ScreenshotAsync(recorder, "claims-queue.png");
        await row.GetByRole(AriaRole.Button, new() { Name = "不予认定" }).ClickAsync();
        Assert.Contains("不予认定时请写明理由", await recorder.Locator(".validation-summary-errors").InnerTextAsync());
        await recorder.Locator("tr", new() { HasText = "苏晴" }).GetByLabel("说明（不予认定时必填）").FillAsync("当天签到表上没有您的签名");
        await recorder.Locator("tr", new() { HasText = "苏晴" }).GetByRole(AriaRole.Button, new() { Name = "不予认定" }).ClickAsync();
        await recorder.Locator(".notice", new() { HasText = "已不予认定" }).WaitForAsync();
        Assert.Contains("没有待认定的申报", await recorder.Locator("main").InnerTextAsync());

        await using var phoneContext = await fixture.PhoneContextAsync();
        var mine = await fixture.SignedInDeskAsync(phoneContext, phone, "Volunteer2026");
        await mine.WaitForURLAsync("**/Volunteers/Me");
        var claims = mine.Locator("li", new() { HasText = "申报服务时间" });
        Assert.Contains("不予认定：当天签到表上没有您的签名", await claims.InnerTextAsync());
        await claims.ScrollIntoViewIfNeededAsync();
        await fixture.ScreenshotAsync(mine, "claims-volunteer-phone.png");
    }

    private async Task<Guid> DraftAsync(Guid organization)
    {
        var id = Guid.NewGuid();
        await fixture.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IActivityGrain>(id).CreateDraftAsync(
            new CreateActivityDraft(organization, "重阳节敬老院探访", ServiceCategory.HelpForVulnerableGroups, "", "新邱区敬老院"),
            new CommandContext(Guid.NewGuid(), new Actor("setup", "记录员", Role.Recorder, null, organization, null), null));
        return id;
    }
}
