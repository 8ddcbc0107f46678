namespace VolunteerRecords.Jobs.Exports;

/// <summary>The three files of an export, one per national field list.</summary>
public enum ExportPart
{
    Records,
    Training,
    Commendations,
}
