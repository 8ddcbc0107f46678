using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Categories;

namespace VolunteerRecords.Grains.Categories;

public sealed class CategoryCatalogGrain(ICategoryStore store, GrainAudit audit, TimeProvider time) : Grain, ICategoryCatalogGrain
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 30;

    private IReadOnlyList<CategoryInfo>? _list;

    public async Task<CategoryInfo> AddAsync(string code, string nameZh, string nameEn, CommandContext context)
    {
        if (!context.Actor.IsCityBureau)
        {
            throw new DomainException(CategoryErrors.NotAllowed, code);
        }

        var cleanCode = code.Trim();
        if (cleanCode.Length is 0 or > MaxCodeLength || !char.IsAsciiLetter(cleanCode[0]) || !cleanCode.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainException(CategoryErrors.CodeInvalid, cleanCode);
        }

        var zh = nameZh.Trim();
        var en = nameEn.Trim();
        var existing = await ListAsync();
        if (zh.Length is 0 or > MaxNameLength || en.Length is 0 or > MaxNameLength)
        {
            throw new DomainException(CategoryErrors.NameInvalid, cleanCode);
        }

        // Codes differ in more than letter case, and no two areas share a Chinese name, so imports can map names back.
        if (existing.Any(c => string.Equals(c.Code, cleanCode, StringComparison.OrdinalIgnoreCase) || c.NameZh == zh)
            || !await store.AddAsync(new CategoryRecord { Code = cleanCode, NameZh = zh, NameEn = en, CreatedUtc = time.GetUtcNow().UtcDateTime }))
        {
            throw new DomainException(CategoryErrors.CodeTaken, cleanCode);
        }

        _list = null;
        await audit.RecordAsync(context, "category.added", "category", cleanCode);
        return new CategoryInfo(cleanCode, zh, en, false);
    }

    public async Task<bool> AreListedAsync(IReadOnlyCollection<string> codes)
    {
        var listed = await ListAsync();
        return codes.All(code => listed.Any(c => c.Code == code));
    }

    public async Task<IReadOnlyList<CategoryInfo>> ListAsync() =>
        _list ??= [.. (await store.ListAsync()).Select(c => new CategoryInfo(c.Code, c.NameZh, c.NameEn, c.BuiltIn))];
}
