using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Organizations;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Matching;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Projects;

/// <summary>
/// The organization's needs, projects and service bases (A19): publish a need, make a project of it, record a base.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(IGrainFactory grains, IMatchingStore store, IRegionDirectory regions, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    public IReadOnlyList<NeedRow> OpenNeeds { get; private set; } = [];

    public IReadOnlyList<ProjectRow> ProjectList { get; private set; } = [];

    public IReadOnlyList<ServiceBaseRow> Bases { get; private set; } = [];

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id) => ShowAsync(id);

    public Task<IActionResult> OnPostNeedAsync(
        Guid id, string? title, string? description, string? recipient, string? place, string? regionCode, string? category, int? volunteers, string? skills,
        DateOnly? startsOn, DateOnly? endsOn, Guid operationId) =>
        startsOn is null || endsOn is null
            ? ShapeErrorAsync(id, "Matching.DatesInvalid")
            : ApplyAsync(id, () => Grains.GetGrain<INeedGrain>(operationId).PublishAsync(
                new PublishNeed(id, title ?? "", description ?? "", recipient ?? "", place ?? "", regionCode ?? "", category ?? "", volunteers ?? 0, skills ?? "",
                    startsOn.Value, endsOn.Value),
                HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostProjectAsync(
        Guid id, Guid? needId, string? name, string? content, string? schedule, string? funding, string? publicity, string? supervision, Guid operationId)
    {
        var projectId = Guid.NewGuid();
        return await ApplyAsync(
            id,
            () => Grains.GetGrain<IProjectGrain>(projectId).CreateAsync(
                new ProjectPlan(id, needId, name ?? "", content ?? "", schedule ?? "", funding ?? "", publicity ?? "", supervision ?? ""),
                HttpContext.CommandContext(operationId)),
            () => RedirectToPage("Details", new { id = projectId }));
    }

    public Task<IActionResult> OnPostBaseAsync(Guid id, string? name, string? address, DateOnly? from, DateOnly? to, List<string>? kinds, Guid operationId) =>
        from is null || to is null
            ? ShapeErrorAsync(id, "Matching.DatesInvalid")
            : ApplyAsync(id, () => Grains.GetGrain<IServiceBaseGrain>(operationId).RegisterAsync(
                new ServiceBaseAgreement(id, name ?? "", address ?? "", from.Value, to.Value, kinds ?? []), HttpContext.CommandContext(operationId)));

    protected override async Task LoadPageAsync(Guid id)
    {
        OpenNeeds = [.. (await store.OpenNeedsAsync(new NeedSearch(Limit: 200))).Where(n => n.OrganizationId == id.ToString())];
        ProjectList = await store.ProjectsAsync(id.ToString());
        Bases = await store.BasesAsync(id.ToString());
        Regions = [.. (await regions.ListAsync()).OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    private async Task<IActionResult> ShapeErrorAsync(Guid id, string code)
    {
        ModelState.AddModelError("", Text[code]);
        return await ShowAsync(id);
    }
}
