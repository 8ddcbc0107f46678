namespace VolunteerRecords.Grains.Campaigns;

/// <summary>What a candidate must meet within the round's period (A27).</summary>
/// <param name="MinHours">Certified service hours in the period, from organizations in the campaign's scope.</param>
/// <param name="MinStarLevel">For volunteers: the star level they hold (A26); 0 for none.</param>
/// <param name="NoUpheldComplaint">No complaint found true in the period (A22).</param>
/// <param name="MinEvaluation">The period's evaluations average at least this (1–5); null for no evaluation criterion.</param>
[GenerateSerializer, Immutable, Alias("vr.CampaignCriteria")]
public sealed record CampaignCriteria(
    [property: Id(0)] int MinHours,
    [property: Id(1)] int MinStarLevel,
    [property: Id(2)] bool NoUpheldComplaint,
    [property: Id(3)] double? MinEvaluation);
