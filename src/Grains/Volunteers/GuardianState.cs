namespace VolunteerRecords.Grains.Volunteers;

/// <remarks>Stored inside <see cref="VolunteerState"/>; the guardian's phone and ID number are encrypted.</remarks>
[GenerateSerializer, Alias("vr.GuardianState")]
public sealed class GuardianState
{
    [Id(0)]
    public string Name { get; set; } = "";

    [Id(1)]
    public string Relation { get; set; } = "";

    [Id(2)]
    public string ProtectedPhone { get; set; } = "";

    [Id(3)]
    public string ProtectedIdNumber { get; set; } = "";

    [Id(4)]
    public DateOnly ConsentDate { get; set; }

    [Id(5)]
    public bool ConsentsToDataProcessing { get; set; }
}
