namespace VolunteerRecords.Storage.Supervision;

/// <summary>An ended activity whose records are past their deadline.</summary>
public sealed class OverdueRecordsRow
{
    public string ActivityId { get; init; } = "";

    public string Title { get; init; } = "";

    public string OrganizationId { get; init; } = "";

    public string OrganizationName { get; init; } = "";

    public DateOnly RecordsDue { get; init; }
}
