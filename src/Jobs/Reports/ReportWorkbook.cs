using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Localization;
using VolunteerRecords.Jobs.Spreadsheets;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Statistics;

namespace VolunteerRecords.Jobs.Reports;

/// <summary>A report's tables in the reader's language, written as Excel (.xlsx) or CSV with text cells neutralised.</summary>
public sealed class ReportWorkbook(IStringLocalizer<SharedResource> localizer, CategoryNames categories)
{
    public async Task<IReadOnlyList<ReportSheet>> SheetsAsync(ReportRow report, StatisticsSnapshot figures)
    {
        string L(string key) => localizer[key].Value;
        decimal Hours(long minutes) => Math.Round(minutes / 60m, 1);

        var summary = new ReportSheet(L("Report.Sheet.Summary"), [L("Report.Item"), L("Report.Value")],
        [
            [L("Report.Scope"), report.ScopeName],
            [L("Report.Period"), $"{figures.PeriodFrom:yyyy-MM-dd} – {figures.PeriodTo:yyyy-MM-dd}"],
            [L("Statistics.RegisteredTotal"), figures.RegisteredTotal],
            [L("Statistics.RegisteredNew"), figures.RegisteredNew],
            [L("Statistics.Active"), figures.ActiveVolunteers],
            [L("Statistics.Hours"), Hours(figures.CertifiedMinutes)],
            [L("Statistics.Records"), figures.ServiceRecords],
            [L("Statistics.TrainingHours"), Hours(figures.TrainingMinutes)],
            [L("Statistics.Trained"), figures.TrainedVolunteers],
            [L("Report.GeneratedAt"), report.GeneratedUtc.ToChinaTime("yyyy-MM-dd HH:mm")],
            [L("Report.GeneratedBy"), report.GeneratedBy],
        ]);
        var areas = new List<IReadOnlyList<object>>();
        foreach (var figure in figures.Categories)
        {
            areas.Add([await categories.NameAsync(figure.Key), figure.Count, Hours(figure.Minutes)]);
        }

        return
        [
            summary,
            new ReportSheet(L("Report.Sheet.Categories"), [L("Statistics.Category"), L("Statistics.Activities"), L("Statistics.Hours")], areas),
            new ReportSheet(L("Report.Sheet.Stars"), [L("Statistics.StarLevel"), L("Statistics.Volunteers")],
                [.. figures.Stars.Select(f => (IReadOnlyList<object>)[localizer["Statistics.StarValue", f.Key].Value, f.Count])]),
            new ReportSheet(L("Report.Sheet.Ages"), [L("Statistics.AgeBand"), L("Statistics.Volunteers")],
                [.. figures.AgeBands.Select(f => (IReadOnlyList<object>)[L("AgeBand." + f.Key), f.Count])]),
            new ReportSheet(L("Report.Sheet.Organizations"), [L("Statistics.Organization"), L("Statistics.Active"), L("Statistics.Hours"), L("Statistics.Records")],
                [.. figures.Organizations.Select(o => (IReadOnlyList<object>)[o.Name, o.ActiveVolunteers, Hours(o.Minutes), o.Records])]),
        ];
    }

    public static async Task WriteXlsxAsync(IReadOnlyList<ReportSheet> sheets, Stream output, CancellationToken cancellationToken)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            workbook[sheet.Name] = sheet.Rows.Select(row => sheet.Header.Select((name, i) => (name, Cell(row[i]))).ToDictionary(c => c.name, c => c.Item2)).ToList();
        }

        // MiniExcel writes synchronously inside; a buffer keeps that off the response stream, which only takes async writes.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(workbook, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static async Task WriteCsvAsync(IReadOnlyList<ReportSheet> sheets, Stream output)
    {
        await using var csv = new CsvWriter(output);
        foreach (var sheet in sheets)
        {
            await csv.HeaderAsync([sheet.Name]);
            await csv.HeaderAsync(sheet.Header);
            foreach (var row in sheet.Rows)
            {
                foreach (var cell in row)
                {
                    if (cell is string text)
                    {
                        csv.Text(text);
                    }
                    else
                    {
                        csv.Number(Convert.ToDecimal(cell, CultureInfo.InvariantCulture));
                    }
                }

                await csv.EndLineAsync();
            }

            await csv.EndLineAsync();
        }
    }

    private static object Cell(object value) => value is string text ? SpreadsheetText.Neutralise(text) : value;
}
