using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <summary>A service need (A19.1), keyed by a random Guid.</summary>
[Alias("vr.INeedGrain")]
public interface INeedGrain : IGrainWithGuidKey
{
    /// <summary>Published by an organization's staff, or a bureau (a street office) for an organization in its region.</summary>
    [Alias("Publish")]
    Task PublishAsync(PublishNeed need, CommandContext context);

    /// <summary>A project takes the need: it is no longer open, and taken once only.</summary>
    [Alias("Take")]
    Task TakeAsync(Guid projectId);

    [AlwaysInterleave]
    [Alias("Get")]
    Task<PublishNeed?> GetAsync();
}
