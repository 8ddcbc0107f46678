namespace VolunteerRecords.Storage.Alerts;

/// <summary>An ended activity whose records are due soon, or overdue (办法 Art11), as the daily job listed it.</summary>
public sealed class RecordAlertRow
{
    public string OrganizationId { get; init; } = "";

    public string ActivityId { get; init; } = "";

    public string Title { get; init; } = "";

    public DateOnly RecordsDue { get; init; }

    public bool Overdue { get; init; }
}
