using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Organizations;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable.</remarks>
[GenerateSerializer, Alias("vr.OrganizationState")]
public sealed class OrganizationState : ICommandState
{
    [Id(0)]
    public bool IsRegistered { get; set; }

    [Id(1)]
    public string Name { get; set; } = "";

    [Id(2)]
    public OrganizationKind Kind { get; set; }

    [Id(3)]
    public string RegionCode { get; set; } = "";

    [Id(4)]
    public OrganizationStatus Status { get; set; }

    [Id(5)]
    public DateTime RegisteredUtc { get; set; }

    [Id(6)]
    public RecentOperations Operations { get; set; } = new();

    [Id(7)]
    public string? CreditCode { get; set; }

    [Id(8)]
    public string ContactName { get; set; } = "";

    [Id(9)]
    public string ContactPhone { get; set; } = "";

    [Id(10)]
    public string? StatusReason { get; set; }

    [Id(11)]
    public LastChange? LastChange { get; set; }
}
