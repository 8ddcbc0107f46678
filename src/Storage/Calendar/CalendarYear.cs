namespace VolunteerRecords.Storage.Calendar;

/// <summary>A year whose holiday arrangement the city bureau entered (or the platform shipped).</summary>
public sealed class CalendarYear
{
    public int Year { get; init; }

    public string EnteredByName { get; init; } = "";

    public DateTime EnteredUtc { get; init; }

    public string OperationId { get; init; } = "";
}
