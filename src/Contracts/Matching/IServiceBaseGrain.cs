using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <summary>A service base (A19.4), keyed by a random Guid.</summary>
[Alias("vr.IServiceBaseGrain")]
public interface IServiceBaseGrain : IGrainWithGuidKey
{
    [Alias("Register")]
    Task RegisterAsync(ServiceBaseAgreement agreement, CommandContext context);

    [AlwaysInterleave]
    [Alias("Get")]
    Task<ServiceBaseAgreement?> GetAsync();
}
