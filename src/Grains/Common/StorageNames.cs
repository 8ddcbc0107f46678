namespace VolunteerRecords.Grains.Common;

public static class StorageNames
{
    /// <summary>The ADO.NET grain storage that holds every grain's current state.</summary>
    public const string Records = "records";
}
