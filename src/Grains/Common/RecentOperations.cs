namespace VolunteerRecords.Grains.Common;

/// <summary>
/// The last operation ids a grain applied, stored with its state. Bounded: a retry arrives within seconds or minutes,
/// so the newest ids are the only ones worth remembering, and the state stays small.
/// </summary>
[GenerateSerializer, Alias("vr.RecentOperations")]
public sealed class RecentOperations
{
    public const int Capacity = 64;

    [Id(0)]
    public List<Guid> Ids { get; set; } = [];

    public bool Contains(Guid operationId) => Ids.Contains(operationId);

    public void Add(Guid operationId)
    {
        Ids.Add(operationId);
        if (Ids.Count > Capacity)
        {
            Ids.RemoveRange(0, Ids.Count - Capacity);
        }
    }
}
