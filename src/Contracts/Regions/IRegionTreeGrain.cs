using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Regions;

/// <summary>
/// The city's division tree (city → county/district → township/street), edited by the city bureau. One activation
/// (key 0) checks and serialises every edit; the tree itself is the regions table, which this grain alone writes, so
/// it also hands out the list from memory.
/// </summary>
[Alias("vr.IRegionTreeGrain")]
public interface IRegionTreeGrain : IGrainWithIntegerKey
{
    [Alias("Add")]
    Task AddAsync(string code, string name, string parentCode, CommandContext context);

    [Alias("Rename")]
    Task RenameAsync(string code, string name, CommandContext context);

    /// <summary>Every division, by level then code.</summary>
    // Read-only: pages ask on every view, and an edit in progress does not hold them up.
    [AlwaysInterleave]
    [Alias("List")]
    Task<IReadOnlyList<RegionInfo>> ListAsync();
}
