using VolunteerRecords.Grains.Campaigns;

namespace VolunteerRecords.Admin.Pages.Campaigns;

/// <summary>The campaign form; the grain checks every rule.</summary>
public sealed class CampaignInput
{
    public string Name { get; set; } = "";

    public CampaignKind Kind { get; set; }

    public string ScopeRegion { get; set; } = "";

    public Guid? ScopeOrganization { get; set; }

    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public int MinHours { get; set; }

    public int MinStarLevel { get; set; }

    public bool NoUpheldComplaint { get; set; } = true;

    public double? MinEvaluation { get; set; }

    public int Places { get; set; } = 10;

    public CampaignSchedule Schedule { get; set; }

    public string GrantingBody { get; set; } = "";

    public DefineCampaign ToCommand() => new(
        Name,
        Kind,
        ScopeRegion,
        ScopeOrganization,
        PeriodFrom ?? DateOnly.MinValue,
        PeriodTo ?? DateOnly.MinValue,
        new CampaignCriteria(MinHours, MinStarLevel, NoUpheldComplaint, MinEvaluation),
        Places,
        Schedule,
        GrantingBody);
}
