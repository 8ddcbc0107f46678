using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace VolunteerRecords.Admin.Localization;

/// <summary>
/// The framework's resource-file localizers, each answer kept once found. A page such as the volunteer's own looks up
/// hundreds of texts, and every lookup of the resource manager takes one process-wide lock: measured under load
/// (bench, --only profile), lock contention there was the largest single cost of her page. Resource files do not
/// change while the process runs, so an answer found once stays true.
/// </summary>
public sealed class CachingStringLocalizerFactory(ResourceManagerStringLocalizerFactory resourceFiles) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(resourceFiles.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachingStringLocalizer(resourceFiles.Create(key.BaseName, key.Location)));
}
