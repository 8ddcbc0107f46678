using Microsoft.AspNetCore.Identity;
using MiniExcelLibs;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Jobs.Accounts;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Jobs.Imports;

/// <summary>
/// Turns the rows of an organization's sheet into registrations (办法 Art4: moving from paper records). The rules are
/// the grain's; this class reads cells and reports per row. A row's grain key is derived from a keyed hash of the
/// organization and the ID number, so uploading the same sheet again, even after a crash halfway, imports nothing twice.
/// </summary>
public sealed class VolunteerSheetImporter(
    IGrainFactory grains,
    IRegionDirectory regions,
    IVolunteerDirectory volunteers,
    PersonalDataProtector personalData,
    IPasswordHasher<AccountRecord> hasher)
{
    private static readonly Dictionary<string, IdDocumentType> DocumentTypes = new()
    {
        ["居民身份证"] = IdDocumentType.ResidentIdCard,
        ["身份证"] = IdDocumentType.ResidentIdCard,
        ["港澳台居民居住证"] = IdDocumentType.HkMacaoTaiwanResidencePermit,
        ["外国人永久居留身份证"] = IdDocumentType.ForeignPermanentResidentCard,
        ["护照"] = IdDocumentType.Passport,
    };

    /// <returns>null when the file is not a readable sheet with the expected headings.</returns>
    public async Task<IReadOnlyList<ImportRowResult>?> ImportAsync(Stream sheet, Guid organizationId, CommandContext context)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. (await sheet.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or NotSupportedException or InvalidOperationException or System.Xml.XmlException)
        {
            return null;
        }

        if (rows.Count == 0 || !rows[0].ContainsKey(VolunteerSheet.Name) || !rows[0].ContainsKey(VolunteerSheet.DocumentNumber))
        {
            return null;
        }

        var regionList = await regions.ListAsync();
        // The sheet names service areas in Chinese, as the catalog does; an unknown name reaches the grain as is and is refused.
        var categories = (await grains.GetGrain<ICategoryCatalogGrain>(0).ListAsync()).ToDictionary(c => c.NameZh, c => c.Code);
        var results = new List<ImportRowResult>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 2)))
        {
            results.Add(await ImportRowAsync(row, index, organizationId, regionList, categories, context));
        }

        return results;
    }

    private async Task<ImportRowResult> ImportRowAsync(
        IDictionary<string, object?> row, int index, Guid organizationId, IReadOnlyList<RegionRecord> regionList, Dictionary<string, string> categories, CommandContext context)
    {
        var name = SheetCells.Text(row, VolunteerSheet.Name);
        var typeText = SheetCells.Text(row, VolunteerSheet.DocumentType);
        var type = typeText.Length == 0 ? IdDocumentType.ResidentIdCard : DocumentTypes.GetValueOrDefault(typeText, (IdDocumentType)(-1));
        var number = SheetCells.Text(row, VolunteerSheet.DocumentNumber).ToUpperInvariant();
        if (type == (IdDocumentType)(-1))
        {
            return new ImportRowResult(index, name, ImportOutcome.Failed, IdErrors.DocumentTypeInvalid);
        }

        // Deterministic per organization and person: the second upload of a row lands on the same operation.
        var rowKey = SheetCells.DeterministicGuid(personalData.LookupHash("import", organizationId + ":" + number));
        var rowContext = context with { OperationId = rowKey };
        try
        {
            // Registered before: by an earlier upload of this sheet (only the membership may be missing), or elsewhere,
            // in which case she is invited and the organization sees nothing of her until she accepts.
            var existing = await volunteers.FindByIdentifierAsync(personalData.LookupHash(VolunteerRules.DocumentIdentifier, number));
            if (existing is not null)
            {
                var membership = grains.Membership(Guid.Parse(existing), organizationId);
                var status = (await membership.GetAsync()).Status;
                if (status == MembershipStatus.Member)
                {
                    return new ImportRowResult(index, name, ImportOutcome.AlreadyMember);
                }

                if (existing == rowKey.ToString())
                {
                    await membership.EnrolAsync(nameof(RegistrationChannel.Import), rowContext);
                    return new ImportRowResult(index, name, ImportOutcome.AlreadyMember);
                }

                if (status != MembershipStatus.Invited)
                {
                    await membership.InviteAsync(nameof(RegistrationChannel.Import), rowContext);
                }

                return new ImportRowResult(index, name, ImportOutcome.Invited);
            }

            var grain = grains.GetGrain<IVolunteerGrain>(rowKey);
            var password = InitialPassword.Create();
            var profile = await grain.RegisterAsync(ToCommand(row, name, type, number, regionList, categories, organizationId, hasher.HashPassword(new AccountRecord(), password)), rowContext);
            return new ImportRowResult(index, name, ImportOutcome.Registered, VolunteerNumber: profile.VolunteerNumber, InitialPassword: password);
        }
        catch (DomainException exception)
        {
            return new ImportRowResult(index, name, ImportOutcome.Failed, exception.Code);
        }
    }

    private static RegisterVolunteer ToCommand(
        IDictionary<string, object?> row, string name, IdDocumentType type, string number, IReadOnlyList<RegionRecord> regionList, Dictionary<string, string> categories, Guid organizationId, string passwordHash)
    {
        var residence = SheetCells.Text(row, VolunteerSheet.Residence);
        var region = regionList.FirstOrDefault(r => r.Code == residence || r.Name == residence)?.Code ?? residence;
        var sex = SheetCells.Text(row, VolunteerSheet.Sex) switch
        {
            "男" => Sex.Male,
            "女" => Sex.Female,
            _ => (Sex?)null,
        };
        var intentions = SheetCells.Text(row, VolunteerSheet.Intentions)
            .Split(['、', ',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => categories.GetValueOrDefault(text, text))
            .ToList();
        var guardianName = SheetCells.Text(row, VolunteerSheet.GuardianName);
        var guardian = guardianName.Length == 0
            ? null
            : new GuardianConsent(
                guardianName,
                SheetCells.Text(row, VolunteerSheet.GuardianRelation),
                SheetCells.Text(row, VolunteerSheet.GuardianPhone),
                SheetCells.Text(row, VolunteerSheet.GuardianIdNumber),
                SheetCells.Date(row, VolunteerSheet.GuardianConsentDate) ?? DateOnly.MinValue,
                SheetCells.Text(row, VolunteerSheet.GuardianDataConsent) is "是" or "同意");
        return new RegisterVolunteer(
            name,
            type,
            number,
            sex,
            SheetCells.Date(row, VolunteerSheet.BirthDate),
            region,
            SheetCells.Text(row, VolunteerSheet.Phone),
            passwordHash,
            SheetCells.Text(row, VolunteerSheet.Skills),
            intentions,
            guardian,
            RegistrationChannel.Import,
            organizationId,
            PersonConsented: true,
            MustChangePassword: true);
    }
}
