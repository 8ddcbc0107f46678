using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Categories;

/// <summary>
/// The list of service areas (A17), extended by the city bureau. One activation (key 0) serialises additions and keeps
/// the list in memory for the grains that check a category; the list itself is the service_categories table.
/// </summary>
[Alias("vr.ICategoryCatalogGrain")]
public interface ICategoryCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>Adds a service area: an ASCII code that never changes, and its Chinese and English names.</summary>
    [Alias("Add")]
    Task<CategoryInfo> AddAsync(string code, string nameZh, string nameEn, CommandContext context);

    /// <summary>Whether every code names a listed service area: what activities, intentions, teams, needs and bases accept.</summary>
    [AlwaysInterleave]
    [Alias("AreListed")]
    Task<bool> AreListedAsync(IReadOnlyCollection<string> codes);

    [AlwaysInterleave]
    [Alias("List")]
    Task<IReadOnlyList<CategoryInfo>> ListAsync();
}
