using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>
/// A page about one organization (/Organizations/X/{id}). Outside the user's scope the organization does not exist
/// for them: 404, not 403, so ids cannot be probed.
/// </summary>
public abstract class OrganizationPageModel(IGrainFactory grains, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Guid OrganizationId { get; private set; }

    public string? OrganizationName { get; private set; }

    public OrganizationProfile? Organization { get; private set; }

    protected IGrainFactory Grains => grains;

    protected IStringLocalizer<SharedResource> Text => localizer;

    /// <summary>Administering (staff, details) needs the organization's admin or its bureau; other pages any of its staff.</summary>
    protected virtual bool RequiresAdministrator => false;

    /// <returns>false when the organization does not exist or is outside the user's scope.</returns>
    protected async Task<bool> LoadAsync(Guid id)
    {
        var organization = await grains.GetGrain<IOrganizationGrain>(id).GetProfileAsync();
        var actor = User.ToActor();
        if (organization is null
            || !(RequiresAdministrator ? actor.AdministersFor(organization.Id, organization.RegionCode) : actor.ActsFor(organization.Id, organization.RegionCode)))
        {
            return false;
        }

        OrganizationId = id;
        OrganizationName = organization.Name;
        Organization = organization;
        await LoadPageAsync(id);
        return true;
    }

    /// <summary>What the page shows besides the organization.</summary>
    protected virtual Task LoadPageAsync(Guid id) => Task.CompletedTask;

    protected async Task<IActionResult> ShowAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Runs a change through a grain; on a broken rule shows its message on the same page.</summary>
    protected async Task<IActionResult> ApplyAsync(Guid id, Func<Task> change, Func<IActionResult>? onSuccess = null, string? message = null)
    {
        await change();
        TempData["StatusMessage"] = message ?? localizer["Common.Saved"].Value;
        return onSuccess?.Invoke() ?? RedirectToPage(new { id });
    }
}
