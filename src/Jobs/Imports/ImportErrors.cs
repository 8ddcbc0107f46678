namespace VolunteerRecords.Jobs.Imports;

/// <summary>Why a row of an import sheet could not be read; each is a key in the resource files.</summary>
public static class ImportErrors
{
    public const string ServiceCellsInvalid = "Import.ServiceCellsInvalid";
    public const string PersonUnknown = "Import.PersonUnknown";
    public const string NameMismatch = "Import.NameMismatch";
    public const string CategoryUnknown = "Import.CategoryUnknown";
}
