using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Ledger;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.TotalsChecks;

namespace VolunteerRecords.Admin.Tests.Ledger;

/// <summary>The nightly check of every volunteer's total against her ledger, shown to the city bureau (issue 14).</summary>
public sealed class TotalsCheckTests(AppFixture app)
{
    [Fact]
    public async Task The_nightly_check_compares_every_volunteer_with_records_and_the_city_bureau_sees_the_result_A20()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "核对");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 6, new DateTime(2026, 2, 2, 0, 0, 0, DateTimeKind.Utc));
        using var scope = app.Factory.Services.CreateScope();

        await ActivatorUtilities.CreateInstance<TotalsCheckJob>(scope.ServiceProvider).RunAsync(TestContext.Current.CancellationToken);
        var latest = await scope.ServiceProvider.GetRequiredService<ITotalsCheckStore>().LatestAsync(TestContext.Current.CancellationToken);
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var home = await city.GetAsync("/");
        using var district = app.NewClient();
        var (districtName, districtPassword) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        await district.SignInAsync(districtName, districtPassword);

        Assert.NotNull(latest);
        Assert.True(latest.Checked >= 1);
        Assert.Equal(0, latest.Drifted);
        Assert.Contains("data-test=\"totals-check\"", home.Html);
        Assert.Contains("与服务记录逐条相符", home.Html);
        Assert.DoesNotContain("data-test=\"totals-check\"", (await district.GetAsync("/")).Html);
    }
}
