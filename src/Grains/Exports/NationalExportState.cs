namespace VolunteerRecords.Grains.Exports;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable. The exports are in national_exports.</remarks>
[GenerateSerializer, Alias("vr.NationalExportState")]
public sealed class NationalExportState
{
    public const int Remembered = 64;

    /// <summary>The latest operations and the export each numbered, so a retried request returns the same export.</summary>
    [Id(0)]
    public List<ExportOperation> Recent { get; set; } = [];
}
