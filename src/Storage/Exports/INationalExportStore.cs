namespace VolunteerRecords.Storage.Exports;

public interface INationalExportStore
{
    /// <summary>
    /// Numbers the next export: everything appended since the previous one's end, up to what is committed now.
    /// </summary>
    /// <returns>null when nothing was appended since the previous export; no empty export is numbered.</returns>
    Task<NationalExportRow?> CreateAsync(string createdByName, DateTime createdUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<NationalExportRow>> ListAsync(CancellationToken cancellationToken = default);

    Task<NationalExportRow?> FindAsync(int number, CancellationToken cancellationToken = default);

    /// <summary>The export's ledger rows in the order they were certified, read as they stream.</summary>
    IAsyncEnumerable<ExportedRecord> RecordsAsync(NationalExportRow export, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ExportedTraining> TrainingAsync(NationalExportRow export, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ExportedCommendation> CommendationsAsync(NationalExportRow export, CancellationToken cancellationToken = default);
}
