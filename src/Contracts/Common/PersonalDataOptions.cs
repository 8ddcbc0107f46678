namespace VolunteerRecords.Grains.Common;

public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    /// <summary>A 256-bit key, base64. From configuration or the environment, never from source control.</summary>
    public string Key { get; set; } = "";
}
