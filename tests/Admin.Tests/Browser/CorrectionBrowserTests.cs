using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Admin.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CorrectionBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_volunteer_opens_one_entry_and_asks_for_its_correction_A16()
    {
        fixture.SkipUnlessAvailable();
        var organization = await fixture.RegisterOrganizationAsync("海州区扫雪服务队" + Random.Shared.Next(100, 999), "210902");
        var (volunteer, phone) = await fixture.RegisteredVolunteerAsync("龚岚", "210902");
        await fixture.Factory.Services.GetRequiredService<IGrainFactory>().Membership(volunteer, organization)
            .JoinAsync(new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null));
        await TestLedger.CertifyHoursAsync(fixture.Factory.Services, organization, volunteer, 3, new DateTime(2026, 5, 9, 1, 0, 0, DateTimeKind.Utc));

        await using var phoneContext = await fixture.PhoneContextAsync();
        var page = await fixture.SignedInDeskAsync(phoneContext, phone, "Volunteer2026");
        await page.WaitForURLAsync("**/Volunteers/Me");
        await page.GetByRole(AriaRole.Link, new() { Name = "申请更正" }).First.ClickAsync();
        await page.WaitForURLAsync("**/Volunteers/Correction/**");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await fixture.ScreenshotAsync(page, "correction-phone.png");
        await page.Locator("#to-correction").FillAsync("11:00");
        await page.Locator("#reason").FillAsync("实际十一点离开");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交更正申请" }).ClickAsync();
        await page.WaitForURLAsync("**/Volunteers/Me");

        Assert.True(width <= 390, $"the correction page is {width} px wide on a 390 px phone");
        Assert.Contains("已提交对", await page.Locator(".notice").First.InnerTextAsync());
        Assert.Contains("更正申请等待审核", await page.Locator("main").InnerTextAsync());
    }
}
