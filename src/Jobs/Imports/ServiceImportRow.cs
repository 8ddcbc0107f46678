namespace VolunteerRecords.Jobs.Imports;

/// <param name="Row">The spreadsheet row number, as the user sees it (header is row 1).</param>
/// <param name="Minutes">The certified minutes, for a row imported now or before.</param>
/// <param name="ErrorCode">The resource key of the rule the row broke.</param>
public sealed record ServiceImportRow(int Row, string Name, ServiceImportOutcome Outcome, int? Minutes = null, string? ErrorCode = null);
