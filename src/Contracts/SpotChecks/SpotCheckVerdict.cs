namespace VolunteerRecords.Grains.SpotChecks;

/// <summary>What was said of one entry drawn for a spot check, in order; stored by name.</summary>
public enum SpotCheckVerdict
{
    Confirmed,
    Questioned,

    /// <summary>The organization's answer to a question.</summary>
    Answered,
}
