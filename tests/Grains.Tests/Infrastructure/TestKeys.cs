namespace VolunteerRecords.Grains.Tests.Infrastructure;

public static class TestKeys
{
    /// <summary>A fixed key for tests only; production keys come from configuration.</summary>
    public const string PersonalData = "dGVzdC1vbmx5LXBlcnNvbmFsLWRhdGEta2V5LTMyYiE=";
}
