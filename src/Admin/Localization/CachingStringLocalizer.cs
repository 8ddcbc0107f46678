using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace VolunteerRecords.Admin.Localization;

/// <summary>One resource-file localizer whose answers are kept per culture and name (see <see cref="CachingStringLocalizerFactory"/>).</summary>
public sealed class CachingStringLocalizer(IStringLocalizer resourceFile) : IStringLocalizer
{
    /// <summary>
    /// Names come from code (texts, enum and category names), so the set is small; the bound only keeps a name built
    /// from something unexpected from growing the memory without end — past it, answers are looked up each time.
    /// </summary>
    private const int MostKept = 20_000;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _kept = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_kept.TryGetValue(key, out var kept))
            {
                return kept;
            }

            var found = resourceFile[name];
            if (_kept.Count < MostKept)
            {
                _kept.TryAdd(key, found);
            }

            return found;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As the resource-file localizer formats: with the current culture, the name itself when no text is found.
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resourceFile.GetAllStrings(includeParentCultures);
}
