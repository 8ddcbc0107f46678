namespace VolunteerRecords.Jobs.Imports;

public enum ServiceImportOutcome
{
    /// <summary>Certified now, marked as entered afterwards.</summary>
    Certified,

    /// <summary>The same row of an earlier upload: certified then, nothing added.</summary>
    AlreadyImported,

    Failed,
}
