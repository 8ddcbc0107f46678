using MiniExcelLibs;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Jobs.Imports;

/// <summary>
/// Turns the rows of an organization's sheet of past service into certified entries, each through the volunteer's
/// record book exactly as a recorder's certification (A13, A21: the same checks of time, overlap, proof and who may
/// certify), marked as entered afterwards. A row's operation is derived from a keyed hash of the organization, the
/// person and the time served, so the same sheet uploaded twice, even after a crash halfway, certifies nothing twice.
/// </summary>
public sealed class ServiceSheetImporter(IGrainFactory grains, IVolunteerDirectory volunteers, IServiceLedger ledger, PersonalDataProtector personalData)
{
    /// <returns>null when the file is not a readable sheet with the expected headings.</returns>
    public async Task<IReadOnlyList<ServiceImportRow>?> ImportAsync(Stream sheet, Guid organizationId, CommandContext context)
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

        if (rows.Count == 0 || !rows[0].ContainsKey(ServiceSheet.DocumentNumber) || !rows[0].ContainsKey(ServiceSheet.Date))
        {
            return null;
        }

        var categories = (await grains.GetGrain<ICategoryCatalogGrain>(0).ListAsync()).ToDictionary(c => c.NameZh, c => c.Code);
        var results = new List<ServiceImportRow>();
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 2)))
        {
            results.Add(await ImportRowAsync(row, index, organizationId, categories, context));
        }

        return results;
    }

    private async Task<ServiceImportRow> ImportRowAsync(
        IDictionary<string, object?> row, int index, Guid organizationId, Dictionary<string, string> categories, CommandContext context)
    {
        var name = SheetCells.Text(row, ServiceSheet.Name);
        var number = SheetCells.Text(row, ServiceSheet.DocumentNumber).ToUpperInvariant();
        var day = SheetCells.Date(row, ServiceSheet.Date);
        var from = SheetCells.Time(row, ServiceSheet.Start);
        var to = SheetCells.Time(row, ServiceSheet.End);
        var deducted = SheetCells.Number(row, ServiceSheet.Deducted) ?? 0;
        if (day is null || from is null || to is null || deducted == int.MinValue)
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.Failed, ErrorCode: ImportErrors.ServiceCellsInvalid);
        }

        var existing = await volunteers.FindByIdentifierAsync(personalData.LookupHash(VolunteerRules.DocumentIdentifier, number));
        if (existing is null)
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.Failed, ErrorCode: ImportErrors.PersonUnknown);
        }

        var volunteer = Guid.Parse(existing);
        // The name is checked against her record so a mistyped ID number cannot credit someone else.
        if ((await grains.GetGrain<IVolunteerGrain>(volunteer).GetProfileAsync())?.Name != name)
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.Failed, ErrorCode: ImportErrors.NameMismatch);
        }

        var start = ChinaTime.StartOfDayUtc(day.Value).Add(from.Value.ToTimeSpan());
        var end = ChinaTime.StartOfDayUtc(day.Value).Add(to.Value.ToTimeSpan());
        var operation = SheetCells.DeterministicGuid(personalData.LookupHash("service-import", $"{organizationId}:{number}:{start:O}:{end:O}"));
        if (await ledger.FindByOperationAsync(operation.ToString()) is { } done)
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.AlreadyImported, done.Minutes);
        }

        // Named as the catalog names service areas (A17), in Chinese, or by code.
        var categoryText = SheetCells.Text(row, ServiceSheet.Category);
        var category = categories.GetValueOrDefault(categoryText, categoryText);
        if (!categories.ContainsValue(category))
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.Failed, ErrorCode: ImportErrors.CategoryUnknown);
        }

        var entry = new ServiceEntry(
            organizationId,
            null,
            null,
            null,
            null,
            category,
            start,
            end,
            deducted,
            SheetCells.Text(row, ServiceSheet.Content),
            SheetCells.Text(row, ServiceSheet.Place),
            new ServiceProof(SheetCells.Text(row, ServiceSheet.ProofName), NullIfEmpty(SheetCells.Text(row, ServiceSheet.ProofContact)), NullIfEmpty(SheetCells.Text(row, ServiceSheet.ProofNote))),
            EnteredAfterwards: true);
        try
        {
            var certified = await grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(entry, context with { OperationId = operation });
            return new ServiceImportRow(index, name, ServiceImportOutcome.Certified, certified.Minutes);
        }
        catch (DomainException exception)
        {
            return new ServiceImportRow(index, name, ServiceImportOutcome.Failed, ErrorCode: exception.Code);
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
