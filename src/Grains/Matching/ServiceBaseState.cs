using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.ServiceBaseState")]
public sealed class ServiceBaseState : ICommandState
{
    [Id(0)]
    public ServiceBaseAgreement? Agreement { get; set; }

    [Id(1)]
    public DateTime CreatedUtc { get; set; }

    [Id(2)]
    public RecentOperations Operations { get; set; } = new();

    [Id(3)]
    public LastChange? LastChange { get; set; }
}
