using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Regions;

/// <summary>
/// The city's division tree (city → county/district → township/street), edited by the city bureau. One activation
/// (key 0) checks and serialises every edit; the tree itself is the regions table.
/// </summary>
[Alias("vr.IRegionTreeGrain")]
public interface IRegionTreeGrain : IGrainWithIntegerKey
{
    [Alias("Add")]
    Task AddAsync(string code, string name, string parentCode, CommandContext context);

    [Alias("Rename")]
    Task RenameAsync(string code, string name, CommandContext context);
}
