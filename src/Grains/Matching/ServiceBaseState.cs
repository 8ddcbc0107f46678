namespace VolunteerRecords.Grains.Matching;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ServiceBaseState")]
public sealed class ServiceBaseState
{
    [Id(0)]
    public ServiceBaseAgreement? Agreement { get; set; }

    [Id(1)]
    public DateTime CreatedUtc { get; set; }
}
