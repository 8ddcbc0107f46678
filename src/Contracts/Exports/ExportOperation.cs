namespace VolunteerRecords.Grains.Exports;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ExportOperation")]
public sealed class ExportOperation
{
    [Id(0)]
    public Guid OperationId { get; set; }

    [Id(1)]
    public int Number { get; set; }
}
