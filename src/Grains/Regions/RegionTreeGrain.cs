using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Grains.Regions;

public sealed class RegionTreeGrain(IRegionDirectory regions, GrainAudit audit) : Grain, IRegionTreeGrain
{
    private IReadOnlyList<RegionInfo>? _list;

    /// <summary>Moves with every edit, so a list read while an edit lands is not kept.</summary>
    private int _version;

    public async Task<IReadOnlyList<RegionInfo>> ListAsync()
    {
        if (_list is { } kept)
        {
            return kept;
        }

        var version = _version;
        IReadOnlyList<RegionInfo> read = [.. (await regions.ListAsync()).Select(r => new RegionInfo(r.Code, r.Name, r.ParentCode, r.Level))];
        if (version == _version)
        {
            _list = read;
        }

        return read;
    }

    public async Task AddAsync(string code, string name, string parentCode, CommandContext context)
    {
        RequireCityBureau(context);
        var cleanCode = code.Trim();
        var cleanName = RequireName(name, cleanCode);
        // A county code has 6 digits; a township or street code 9 (GB/T 10114), or 12 for a community.
        if (cleanCode.Length is not (6 or 9 or 12) || !cleanCode.All(char.IsAsciiDigit))
        {
            throw new DomainException(RegionErrors.CodeInvalid, cleanCode);
        }

        var parent = await regions.FindAsync(parentCode) ?? throw new DomainException(RegionErrors.ParentUnknown, parentCode);
        if (cleanCode == parent.Code || !RegionCodes.Contains(parent.Code, cleanCode))
        {
            throw new DomainException(RegionErrors.NotInParent, cleanCode);
        }

        if (parent.Level >= RegionRules.DeepestLevel)
        {
            throw new DomainException(RegionErrors.TooDeep, cleanCode);
        }

        if (!await regions.AddAsync(new RegionRecord { Code = cleanCode, Name = cleanName, ParentCode = parent.Code, Level = parent.Level + 1 }))
        {
            throw new DomainException(RegionErrors.CodeTaken, cleanCode);
        }

        Edited();
        await audit.RecordAsync(context, "region.added", "region", cleanCode, $"parent={parent.Code}");
    }

    public async Task RenameAsync(string code, string name, CommandContext context)
    {
        RequireCityBureau(context);
        var cleanName = RequireName(name, code);
        if (await regions.FindAsync(code) is null)
        {
            throw new DomainException(RegionErrors.NotFound, code);
        }

        await regions.RenameAsync(code, cleanName);
        Edited();
        await audit.RecordAsync(context, "region.renamed", "region", code);
    }

    private void Edited()
    {
        _version++;
        _list = null;
    }

    private static void RequireCityBureau(CommandContext context)
    {
        if (!context.Actor.IsCityBureau)
        {
            throw new DomainException(RegionErrors.NotAllowed, context.Actor.AccountId);
        }
    }

    private static string RequireName(string name, string code)
    {
        var clean = name.Trim();
        return clean.Length is 0 or > RegionRules.MaxNameLength ? throw new DomainException(RegionErrors.NameInvalid, code) : clean;
    }
}
