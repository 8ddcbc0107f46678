namespace VolunteerRecords.Storage.Exports;

/// <summary>
/// One numbered export to the national volunteer information system: the positions it covers in each append-only table,
/// (after, to]. The file is rebuilt from these bounds, so every download of the same number is the same.
/// </summary>
public sealed class NationalExportRow
{
    public int Number { get; init; }

    public long RecordsAfter { get; init; }

    public long RecordsTo { get; init; }

    public long TrainingAfter { get; init; }

    public long TrainingTo { get; init; }

    public long CommendationsAfter { get; init; }

    public long CommendationsTo { get; init; }

    public int RecordCount { get; init; }

    public int TrainingCount { get; init; }

    public int CommendationCount { get; init; }

    public string CreatedByName { get; init; } = "";

    public DateTime CreatedUtc { get; init; }
}
