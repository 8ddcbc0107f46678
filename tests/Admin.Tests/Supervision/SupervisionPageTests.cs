using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Admin.Tests.Supervision;

/// <summary>A district bureau sees its own region's late records and timeliness; the city sees every region's.</summary>
public sealed class SupervisionPageTests(AppFixture app)
{
    [Fact]
    public async Task A_bureau_sees_which_organizations_of_its_region_are_late_A4_A11()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var haizhou = await app.RegisterOrganizationAsync();
        var xihe = await app.RegisterOrganizationAsync(region: "210911");
        var activities = app.Factory.Services.GetRequiredService<IActivityReadModel>();
        var today = ChinaTime.Today(TimeProvider.System);
        var ended = DateTime.UtcNow.AddDays(-20);
        await activities.UpsertAsync(TestActivities.Ended(haizhou, "冬季送温暖" + suffix, ended, today.AddDays(-3)), TestContext.Current.CancellationToken);
        await activities.UpsertAsync(TestActivities.Ended(xihe, "河道清理" + suffix, ended, today.AddDays(-2)), TestContext.Current.CancellationToken);
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(userName, password);
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);

        var own = await district.GetAsync("/Supervision");
        var all = await city.GetAsync("/Supervision");

        Assert.Contains("冬季送温暖" + suffix, own.Html);
        Assert.Contains("3 天", own.Html);
        Assert.DoesNotContain("河道清理" + suffix, own.Html);
        Assert.Contains("逾期未关闭", own.Html);
        Assert.Contains("冬季送温暖" + suffix, all.Html);
        Assert.Contains("河道清理" + suffix, all.Html);
    }
}
