using System.Globalization;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Jobs.Localization;

/// <summary>
/// Service areas as the user reads them: the five of A17 from the resource files, the ones the bureau added from
/// their stored Chinese and English names. The list is read once per request.
/// </summary>
public sealed class CategoryNames(IGrainFactory grains, IStringLocalizer<SharedResource> localizer)
{
    private IReadOnlyList<CategoryInfo>? _list;

    public async Task<IReadOnlyList<CategoryInfo>> ListAsync() => _list ??= await grains.GetGrain<ICategoryCatalogGrain>(0).ListAsync();

    public async Task<string> NameAsync(string code) => Name(code, await ListAsync());

    public async Task<string> NamesAsync(IEnumerable<string> codes)
    {
        var list = await ListAsync();
        return string.Join("、", codes.Select(code => Name(code, list)));
    }

    public string Name(CategoryInfo category) =>
        category.BuiltIn ? localizer["ServiceCategory." + category.Code].Value
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" ? category.NameZh
        : category.NameEn;

    private string Name(string code, IReadOnlyList<CategoryInfo> list) =>
        list.FirstOrDefault(c => c.Code == code) is { } category ? Name(category) : code;
}
