namespace VolunteerRecords.Storage.Supervision;

/// <summary>One organization's activities whose records fell due in one month, by what became of them.</summary>
public sealed class ComplianceRow
{
    public string OrganizationId { get; init; } = "";

    public string OrganizationName { get; init; } = "";

    /// <summary>yyyy-MM, the month the records fell due (China time).</summary>
    public string Month { get; init; } = "";

    /// <summary>Records closed on or before their deadline.</summary>
    public int OnTime { get; init; }

    /// <summary>Records closed after their deadline.</summary>
    public int ClosedLate { get; init; }

    /// <summary>Records still open past their deadline.</summary>
    public int Overdue { get; init; }

    /// <summary>Records open, not yet due.</summary>
    public int Open { get; init; }
}
