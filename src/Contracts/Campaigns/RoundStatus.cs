namespace VolunteerRecords.Grains.Campaigns;

public enum RoundStatus
{
    /// <summary>The round exists; no selection has run yet.</summary>
    Open,

    /// <summary>The selection job is ranking the candidates.</summary>
    Selecting,

    /// <summary>The candidates wait for the reviewer.</summary>
    Selected,

    /// <summary>Winners approved and commended; final.</summary>
    Approved,
}
