using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Honours;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(
    IGrainFactory grains,
    IActivityReadModel activities,
    IServiceClaimStore claims,
    IRegionDirectory regions,
    IAlertStore alerts,
    IHonourStore honours,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string? RegionName { get; private set; }

    public bool IsBureau { get; private set; }

    public bool CanAdminister { get; private set; }

    public Page<ActivityRow> Activities { get; private set; } = new([], 0, 1, 20);

    /// <summary>Ended activities past their records deadline (办法 Art11), most overdue first.</summary>
    public IReadOnlyList<ActivityRow> Overdue { get; private set; } = [];

    /// <summary>The daily job's list: activities whose records are due within two working days.</summary>
    public IReadOnlyList<RecordAlertRow> DueSoon { get; private set; } = [];

    /// <summary>Members the daily job found with the hours for their next star level (A26).</summary>
    public IReadOnlyList<EligibleMember> EligibleMembers { get; private set; } = [];

    /// <summary>Commendations of the organization and its projects (A27).</summary>
    public IReadOnlyList<HonourRow> Honours { get; private set; } = [];

    /// <summary>Claims and correction requests waiting for a recorder.</summary>
    public int PendingClaims { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostStatusAsync(Guid id, OrganizationStatus status, string? reason, Guid operationId) =>
        ApplyAsync(id, () => Grains.GetGrain<IOrganizationGrain>(id).SetStatusAsync(status, reason ?? "", HttpContext.CommandContext(operationId)));

    protected override async Task LoadPageAsync(Guid id)
    {
        PendingClaims = (await claims.PendingForOrganizationAsync(id.ToString(), 1, 1)).Total;
        var actor = User.ToActor();
        IsBureau = actor.OverseesRegion(Organization!.RegionCode);
        CanAdminister = actor.AdministersFor(Organization.Id, Organization.RegionCode);
        RegionName = (await regions.FindAsync(Organization.RegionCode))?.Name;
        Activities = await activities.ListByOrganizationAsync(id.ToString(), PageNumber, 20);
        Overdue = await activities.ListOverdueAsync(id.ToString(), ChinaTime.Today(time), 50);
        DueSoon = [.. (await alerts.RecordsDueAsync(id.ToString())).Where(a => !a.Overdue)];
        EligibleMembers = await alerts.EligibleMembersAsync(id.ToString());
        Honours = await honours.ForOrganizationAsync(id.ToString());
    }
}
