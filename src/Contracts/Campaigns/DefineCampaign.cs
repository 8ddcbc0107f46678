namespace VolunteerRecords.Grains.Campaigns;

/// <param name="ScopeRegion">The city or a county/district; hours certified by its organizations count.</param>
/// <param name="ScopeOrganizationId">Instead of a region: only this organization's certified hours count.</param>
/// <param name="GrantingBody">Who confers the honour, as it is written on each winner's record.</param>
[GenerateSerializer, Immutable, Alias("vr.DefineCampaign")]
public sealed record DefineCampaign(
    [property: Id(0)] string Name,
    [property: Id(1)] CampaignKind Kind,
    [property: Id(2)] string ScopeRegion,
    [property: Id(3)] Guid? ScopeOrganizationId,
    [property: Id(4)] DateOnly PeriodFrom,
    [property: Id(5)] DateOnly PeriodTo,
    [property: Id(6)] CampaignCriteria Criteria,
    [property: Id(7)] int Places,
    [property: Id(8)] CampaignSchedule Schedule,
    [property: Id(9)] string GrantingBody);
