namespace VolunteerRecords.Grains.Reports;

public enum ReportKind
{
    Monthly,
    Quarterly,
    Yearly,

    /// <summary>Asked for on the dashboard over months the user chose.</summary>
    Custom,
}
