using System.Text;
using VolunteerRecords.Jobs.Spreadsheets;

namespace VolunteerRecords.Admin.Tests.Spreadsheets;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"点我\")", "'=HYPERLINK(\"http://x\",\"点我\")")]
    [InlineData("+86 139", "'+86 139")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("社区服务 = 陪伴", "社区服务 = 陪伴")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_are_kept_as_text(string? value, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Neutralise(value));

    [Fact]
    public async Task Csv_quotes_what_needs_quoting_neutralises_text_and_leaves_numbers_as_numbers()
    {
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream))
        {
            await csv.Text("").Text("a,b").Text("说\"好\"").Text("=1+1").Number(-1.5m).EndLineAsync();
        }

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(",\"a,b\",\"说\"\"好\"\"\",'=1+1,-1.5\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
