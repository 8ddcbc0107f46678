namespace VolunteerRecords.Jobs.Imports;

/// <param name="Row">The spreadsheet row number, as the user sees it (header is row 1).</param>
/// <param name="ErrorCode">The resource key of the rule the row broke.</param>
/// <param name="InitialPassword">For a newly registered person: shown once, to be handed over.</param>
public sealed record ImportRowResult(int Row, string Name, ImportOutcome Outcome, string? ErrorCode = null, string? VolunteerNumber = null, string? InitialPassword = null);
