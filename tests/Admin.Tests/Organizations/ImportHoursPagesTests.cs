using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Imports;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Tests.Organizations;

/// <summary>Hours kept on paper imported from a sheet: each row checked like a certification, the sheet safe to upload twice.</summary>
public sealed class ImportHoursPagesTests(AppFixture app)
{
    [Fact]
    public async Task Paper_hours_are_certified_as_entered_afterwards_row_by_row_and_never_twice_A13()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var idNumber = TestPeople.ResidentId(1985, 6, 6);
        var member = await recorder.RegisterOnSiteAsync(organization, "冯娟", idNumber);
        var sheet = await SheetAsync(
            Row("冯娟", idNumber, "2024-05-11", "09:00", "11:30", "社区服务", "王主任"),
            Row("冯娟", idNumber, "2024-05-11", "10:00", "12:00", "社区服务", "王主任"),
            Row("冯丽", idNumber, "2024-05-18", "09:00", "10:00", "社区服务", "王主任"),
            Row("冯娟", TestPeople.ResidentId(1970, 1, 2), "2024-05-18", "09:00", "10:00", "社区服务", "王主任"),
            Row("冯娟", idNumber, "2024-05-25", "九点", "10:00", "社区服务", "王主任"),
            Row("冯娟", idNumber, "2024-06-01", "09:00", "10:00", "社区服务", ""),
            Row("冯娟", idNumber, "2024-06-08", "09:00", "10:00", "养花", "王主任"));

        var first = await recorder.UploadAsync($"/Organizations/ImportHours/{organization}", "sheet", sheet, "纸质记录.xlsx", []);
        var second = await recorder.UploadAsync($"/Organizations/ImportHours/{organization}", "sheet", sheet, "纸质记录.xlsx", []);
        var unreadable = await recorder.UploadAsync($"/Organizations/ImportHours/{organization}", "sheet", [1, 2, 3], "纸质记录.xlsx", []);
        var ledger = app.Factory.Services.GetRequiredService<IServiceLedger>();
        var rows = await ledger.CurrentEntriesAsync(member.VolunteerId, null, null, null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("本次认定 1 条，之前已导入 0 条，未通过 6 条。", first.Html);
        Assert.Contains("姓名与该证件号码的志愿者不一致", first.Html);
        Assert.Contains("没有该证件号码的注册志愿者", first.Html);
        Assert.Contains("服务日期、开始时间、结束时间或扣除时长填写有误", first.Html);
        Assert.Contains("服务类别不在平台的服务类别中", first.Html);
        Assert.Contains("本次认定 0 条，之前已导入 1 条，未通过 6 条。", second.Html);
        Assert.Contains("无法读取该表格", unreadable.Html);
        var entry = Assert.Single(rows);
        Assert.Equal((150, true), (entry.Minutes, entry.EnteredAfterwards));
    }

    private static Dictionary<string, object?> Row(string name, string idNumber, string day, string from, string to, string category, string proof) => new()
    {
        [ServiceSheet.Name] = name,
        [ServiceSheet.DocumentNumber] = idNumber,
        [ServiceSheet.Date] = day,
        [ServiceSheet.Start] = from,
        [ServiceSheet.End] = to,
        [ServiceSheet.Deducted] = "",
        [ServiceSheet.Category] = category,
        [ServiceSheet.Content] = "社区清扫",
        [ServiceSheet.Place] = "海州区和平街",
        [ServiceSheet.ProofName] = proof,
        [ServiceSheet.ProofContact] = "",
        [ServiceSheet.ProofNote] = "2024年纸质签到表",
    };

    private static async Task<byte[]> SheetAsync(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: TestContext.Current.CancellationToken);
        return stream.ToArray();
    }
}
