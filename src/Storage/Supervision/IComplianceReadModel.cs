namespace VolunteerRecords.Storage.Supervision;

/// <summary>What a bureau supervises (A4, A11; 办法 Art21): whether the organizations of its region record on time.</summary>
public interface IComplianceReadModel
{
    /// <param name="regionCodes">The organizations' regions; null for the whole city.</param>
    Task<IReadOnlyList<ComplianceRow>> ByMonthAsync(IReadOnlyCollection<string>? regionCodes, DateOnly fromDue, DateOnly toDue, DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Ended activities of the region past their records deadline, most overdue first.</summary>
    Task<IReadOnlyList<OverdueRecordsRow>> OverdueAsync(IReadOnlyCollection<string>? regionCodes, DateOnly today, int limit, CancellationToken cancellationToken = default);
}
