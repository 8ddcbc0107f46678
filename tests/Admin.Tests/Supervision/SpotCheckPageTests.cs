using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Supervision;

/// <summary>The spot-check forms refuse in Chinese and change nothing: a future period, a question without a note, an empty answer.</summary>
public sealed class SpotCheckPageTests(AppFixture app)
{
    [Fact]
    public async Task Spot_check_forms_refuse_what_the_rules_do_not_allow_in_chinese_A21()
    {
        var organization = await app.RegisterOrganizationAsync(region: "210921");
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "褚红");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 2, new DateTime(2025, 4, 14, 1, 0, 0, DateTimeKind.Utc));
        var (userName, password) = await app.Factory.CreateAccountAsync(Role.DistrictAdmin, region: "210921");
        using var bureau = app.NewClient();
        await bureau.SignInAsync(userName, password);
        var tomorrow = ChinaTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var future = await bureau.SubmitAsync("/Supervision", [new("From", "2025-04-01"), new("To", tomorrow), new("Size", "5")], postPath: "/Supervision?handler=Draw");
        var tooMany = await bureau.SubmitAsync("/Supervision", [new("From", "2025-04-01"), new("To", "2025-04-30"), new("Size", "500")], postPath: "/Supervision?handler=Draw");
        var drawn = await bureau.SubmitAsync("/Supervision", [new("From", "2025-04-01"), new("To", "2025-04-30"), new("Size", "5")], postPath: "/Supervision?handler=Draw");
        var checkPath = drawn.Location!;
        var check = await bureau.GetAsync(checkPath);
        var rootId = System.Text.RegularExpressions.Regex.Match(check.Html, "name=\"rootId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var silent = await bureau.SubmitAsync(checkPath, [new("rootId", rootId), new("verdict", "Questioned"), new("note", "")], postPath: checkPath + "?handler=Mark");
        var questioned = await bureau.SubmitAsync(checkPath, [new("rootId", rootId), new("verdict", "Questioned"), new("note", "证明人电话无法接通")], postPath: checkPath + "?handler=Mark");
        var queuePath = $"/Organizations/SpotChecks/{organization}";
        var checkId = checkPath.Split('/')[^1];
        var empty = await recorder.SubmitAsync(queuePath, [new("checkId", checkId), new("rootId", rootId), new("answer", " ")], postPath: queuePath + "?handler=Answer");
        var queue = await recorder.GetAsync(queuePath);

        Assert.Contains("请填写已经过去、不超过一年的抽查期间", future.Html);
        Assert.Contains("抽查条数须在1到200之间", tooMany.Html);
        Assert.Equal(HttpStatusCode.Redirect, drawn.Status);
        Assert.Contains("褚红", check.Html);
        Assert.Contains("存疑须写明疑点", silent.Html);
        Assert.Equal(HttpStatusCode.Redirect, questioned.Status);
        Assert.Contains("存疑须写明疑点，答复须写明核查结果", empty.Html);
        Assert.Contains("证明人电话无法接通", queue.Html);
    }
}
