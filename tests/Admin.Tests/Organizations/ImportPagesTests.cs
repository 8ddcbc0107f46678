using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Imports;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Grains.Memberships;

namespace VolunteerRecords.Admin.Tests.Organizations;

public sealed class ImportPagesTests(AppFixture app)
{
    [Fact]
    public async Task Each_row_is_checked_and_reported_and_a_second_upload_imports_nothing_twice()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var adult = TestPeople.ResidentId(1980, 1, 1);
        var sheet = await SheetAsync(
            Row("周强", adult, TestPeople.Phone(), "海州区", "社区服务、应急救援"),
            Row("钱多", "210902198001011239", TestPeople.Phone(), "210902", ""),
            Row("小李", TestPeople.ResidentId(2012, 1, 1), TestPeople.Phone(), "海州区", ""),
            Row("吴敏", TestPeople.ResidentId(1970, 5, 5), TestPeople.Phone(), "月球", ""));

        var first = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", sheet, "名册.xlsx", [new("consented", "true")]);
        var second = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", sheet, "名册.xlsx", [new("consented", "true")]);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("新注册 1 人，已邀请 0 人（待本人同意），已是成员 0 人，失败 3 行。", first.Html);
        Assert.Contains("证件号码校验位不正确，请核对。", first.Html);
        Assert.Contains("未满18周岁须经法定监护人同意", first.Html);
        Assert.Contains("请选择居住地区。", first.Html);
        Assert.Contains("新注册 0 人，已邀请 0 人（待本人同意），已是成员 1 人，失败 3 行。", second.Html);
        var members = await app.Factory.Services.GetRequiredService<IMembershipStore>()
            .ListForOrganizationAsync(organization.ToString(), MembershipStatus.Member, 1, 20, TestContext.Current.CancellationToken);
        Assert.Equal("周强", Assert.Single(members.Items).VolunteerName);
    }

    [Fact]
    public async Task A_person_registered_elsewhere_is_invited_not_enrolled_nor_registered_again_A23()
    {
        var (_, phone, idNumber) = await app.SignedInVolunteerAsync("郑洁");
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var page = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet",
            await SheetAsync(Row("郑洁", idNumber, phone, "海州区", "")), "名册.xlsx", [new("consented", "true")]);

        var again = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet",
            await SheetAsync(Row("郑洁", idNumber, phone, "海州区", "")), "名册.xlsx", [new("consented", "true")]);
        var members = await recorder.GetAsync($"/Organizations/Members/{organization}");

        Assert.Contains("新注册 0 人，已邀请 1 人（待本人同意），已是成员 0 人，失败 0 行。", page.Html);
        Assert.Contains("新注册 0 人，已邀请 1 人（待本人同意），已是成员 0 人，失败 0 行。", again.Html);
        Assert.DoesNotContain("郑洁", members.Html);
        Assert.Contains("邀请待答复", members.Html);
    }

    [Fact]
    public async Task Without_confirmed_consent_or_a_readable_file_nothing_is_imported()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var sheet = await SheetAsync(Row("周强", TestPeople.ResidentId(), TestPeople.Phone(), "海州区", ""));

        var noConsent = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", sheet, "名册.xlsx", []);
        var garbage = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", "not a sheet"u8.ToArray(), "名册.xlsx", [new("consented", "true")]);

        Assert.Contains("须确认已取得本人同意后才能导入。", noConsent.Html);
        Assert.Contains("无法读取该文件", garbage.Html);
        Assert.DoesNotContain("导入结果", noConsent.Html + garbage.Html);
    }

    [Fact]
    public async Task A_sheet_over_the_row_limit_or_a_zip_that_unpacks_too_large_is_refused_whole_before_it_is_read()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var tooMany = await SheetAsync([.. Enumerable.Range(0, VolunteerSheet.MaxRows + 1).Select(i => Row("人员" + i, "X", "1", "海州区", ""))]);
        using var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).OpenAsync(TestContext.Current.CancellationToken);
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                await entry.WriteAsync(zeros, TestContext.Current.CancellationToken);
            }
        }

        var rows = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", tooMany, "名册.xlsx", [new("consented", "true")]);
        var unpacked = await recorder.UploadAsync($"/Organizations/Import/{organization}", "sheet", bomb.ToArray(), "名册.xlsx", [new("consented", "true")]);
        var members = await app.Factory.Services.GetRequiredService<IMembershipStore>().ListForOrganizationAsync(organization.ToString(), null, 1, 10, TestContext.Current.CancellationToken);

        Assert.Contains($"表格超过 {VolunteerSheet.MaxRows} 行", rows.Html);
        Assert.Contains("文件过大", unpacked.Html);
        Assert.Equal(0, members.Total);
    }

    private static Dictionary<string, object?> Row(string name, string id, string phone, string residence, string intentions) => new()
    {
        [VolunteerSheet.Name] = name,
        [VolunteerSheet.DocumentType] = "居民身份证",
        [VolunteerSheet.DocumentNumber] = id,
        [VolunteerSheet.Residence] = residence,
        [VolunteerSheet.Phone] = phone,
        [VolunteerSheet.Intentions] = intentions,
    };

    private static async Task<byte[]> SheetAsync(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, cancellationToken: TestContext.Current.CancellationToken);
        return stream.ToArray();
    }
}
