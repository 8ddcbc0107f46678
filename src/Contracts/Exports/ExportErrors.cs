namespace VolunteerRecords.Grains.Exports;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class ExportErrors
{
    public const string NotAllowed = "Export.NotAllowed";
    public const string NothingNew = "Export.NothingNew";
}
