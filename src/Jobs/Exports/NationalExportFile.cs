using System.Globalization;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Localization;
using VolunteerRecords.Jobs.Spreadsheets;
using VolunteerRecords.Storage.Exports;

namespace VolunteerRecords.Jobs.Exports;

/// <summary>
/// Writes an export's files in the national field lists (办法 Art5-10), in Chinese whatever the reader's language: the
/// national system reads them. A correction carries the number of the record it replaces.
/// </summary>
public sealed class NationalExportFile(INationalExportStore exports, CategoryNames categories)
{
    private static readonly string[] RecordHeader =
    [
        "记录编号", "更正的记录编号", "志愿者编号", "志愿者姓名", "活动名称", "服务类别", "服务日期", "开始时间", "结束时间", "服务地点", "服务内容",
        "服务时长（小时）", "本条增减时长（小时）", "活动组织单位", "活动负责人（证明人）", "记录人", "记录时间", "更正原因",
    ];

    private static readonly string[] TrainingHeader =
        ["记录编号", "志愿者编号", "志愿者姓名", "培训名称", "培训提供方", "培训日期", "培训时长（小时）", "组织单位", "证明人", "确认人", "确认时间"];

    private static readonly string[] CommendationHeader =
        ["记录编号", "志愿者编号", "志愿者姓名", "表彰奖励名称", "授予日期", "授予单位", "记录人", "记录时间"];

    public static string FileName(int number, ExportPart part) => part switch
    {
        ExportPart.Records => $"national-export-{number:D4}-service-records.csv",
        ExportPart.Training => $"national-export-{number:D4}-training.csv",
        _ => $"national-export-{number:D4}-commendations.csv",
    };

    public async Task WriteAsync(NationalExportRow export, ExportPart part, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(output);
        switch (part)
        {
            case ExportPart.Records:
                await csv.HeaderAsync(RecordHeader);
                await foreach (var row in exports.RecordsAsync(export, cancellationToken))
                {
                    await csv.Text(row.Id).Text(row.CorrectsId).Text(row.VolunteerNumber).Text(row.VolunteerName).Text(row.ActivityTitle)
                        .Text(await categories.NameAsync(row.Category)).Text(Date(row.StartUtc)).Text(Time(row.StartUtc)).Text(Time(row.EndUtc))
                        .Text(row.Place).Text(row.Content).Number(Hours(row.Minutes)).Number(Hours(row.DeltaMinutes)).Text(row.OrganizationName)
                        .Text(row.ProofName).Text(row.CertifiedByName).Text(Time(row.CertifiedUtc)).Text(row.Reason)
                        .EndLineAsync();
                }

                break;
            case ExportPart.Training:
                await csv.HeaderAsync(TrainingHeader);
                await foreach (var row in exports.TrainingAsync(export, cancellationToken))
                {
                    await csv.Text(row.Id).Text(row.VolunteerNumber).Text(row.VolunteerName).Text(row.TrainingName).Text(row.Provider)
                        .Text(row.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Number(Hours(row.Minutes)).Text(row.OrganizationName)
                        .Text(row.ProofName).Text(row.ConfirmedByName).Text(Time(row.ConfirmedUtc))
                        .EndLineAsync();
                }

                break;
            default:
                await csv.HeaderAsync(CommendationHeader);
                await foreach (var row in exports.CommendationsAsync(export, cancellationToken))
                {
                    await csv.Text(row.Id).Text(row.VolunteerNumber).Text(row.VolunteerName).Text(row.Title)
                        .Text(row.GrantedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Text(row.GrantingBody).Text(row.RecordedByName)
                        .Text(Time(row.RecordedUtc))
                        .EndLineAsync();
                }

                break;
        }
    }

    private static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);

    private static string Date(DateTime utc) => ChinaTime.DateOf(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
