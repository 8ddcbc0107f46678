using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Calendar;

/// <summary>The city bureau types a year's arrangement in; a bad line or a district bureau changes nothing, in words.</summary>
public sealed class CalendarPageTests(AppFixture app)
{
    /// <summary>Far enough ahead that no other test's deadline counts over it.</summary>
    private const int Year = 2034;

    [Fact]
    public async Task The_city_bureau_enters_a_years_arrangement_and_refusals_keep_what_was_typed_A21()
    {
        using var city = app.NewClient();
        await city.SignInAsync(AppFactory.AdminUserName, AppFactory.AdminPassword);
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210902");
        using var district = app.NewClient();
        await district.SignInAsync(userName, password);

        var before = await city.GetAsync($"/Calendar?year={Year}");
        var home = await city.GetAsync("/");
        var badLine = await city.SubmitAsync($"/Calendar?year={Year}", [new("Year", $"{Year}"), new("Lines", $"{Year}-02-18,休,春节\n{Year}-02-25,上学,春节")]);
        var weekday = await city.SubmitAsync($"/Calendar?year={Year}", [new("Year", $"{Year}"), new("Lines", $"{Year}-02-20,班,春节调休上班")]);
        var refused = await district.SubmitAsync($"/Calendar?year={Year}", [new("Year", $"{Year}"), new("Lines", $"{Year}-02-18,休,春节")]);
        var saved = await city.SubmitAsync($"/Calendar?year={Year}", [new("Year", $"{Year}"), new("Lines", $"{Year}-02-17,休,春节\n{Year}-02-25,班,春节调休上班")]);
        var after = await city.GetAsync(saved.Location!);

        Assert.Contains($"{Year}年放假安排尚未录入", before.Html);
        // From November the city bureau's home page asks for next year's arrangement; no test enters the coming year.
        var nextYear = ChinaTime.Today(TimeProvider.System).Year + 1;
        if (ChinaTime.Today(TimeProvider.System).Month >= 11)
        {
            Assert.Contains($"{nextYear}年的放假安排尚未录入", home.Html);
        }
        else
        {
            Assert.DoesNotContain("data-test=\"arrangement-missing\"", home.Html);
        }

        Assert.Contains("清明节", before.Html);
        Assert.Contains("第2行格式不对", badLine.Html);
        Assert.Contains("上学", badLine.Html);
        Assert.Contains($"{Year}-02-20不是周末", weekday.Html);
        Assert.Contains("只有市民政局可以录入放假安排", refused.Html);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains($"已保存{Year}年放假安排：放假1天，调休上班1天", after.Html);
        Assert.Contains($"{Year}年放假安排已录入", after.Html);
        Assert.Contains("春节调休上班", after.Html);
    }
}
