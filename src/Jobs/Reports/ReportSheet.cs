namespace VolunteerRecords.Jobs.Reports;

/// <summary>One table of a report: a worksheet in Excel, a section in CSV. Cells are strings (text) or numbers.</summary>
public sealed record ReportSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object>> Rows);
