using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Volunteers;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Jobs.Accounts;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>
/// The organization registers a person who came in, as its member at once (A12.2), with their agreement on record.
/// The person gets an initial password to replace at first sign-in.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RegisterVolunteerModel(
    IGrainFactory grains,
    IRegionDirectory regions,
    IPasswordHasher<AccountRecord> hasher,
    IVolunteerDirectory volunteers,
    PersonalDataProtector personalData,
    IStringLocalizer<SharedResource> localizer) : OrganizationPageModel(grains, localizer)
{
    [BindProperty]
    public VolunteerInput Input { get; set; } = new();

    [BindProperty]
    public bool PersonConsented { get; set; }

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input.OperationId = Guid.NewGuid();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A person already registered is invited, not enrolled: she decides in her portal (A5.6, A12.2, A23).
        if (await volunteers.FindByIdentifierAsync(personalData.LookupHash(VolunteerRules.DocumentIdentifier, Input.DocumentNumber.Trim().ToUpperInvariant())) is { } existing)
        {
            return await ApplyAsync(
                id,
                () => Grains.Membership(Guid.Parse(existing), id).InviteAsync(nameof(RegistrationChannel.OnSite), HttpContext.CommandContext(Input.OperationId)),
                () => RedirectToPage("Members", new { id }),
                Text["OnSite.Invited"].Value);
        }

        var password = InitialPassword.Create();
        string? number = null;
        var result = await ApplyAsync(
            id,
            async () => number = (await Grains.GetGrain<IVolunteerGrain>(Input.OperationId).RegisterAsync(
                Input.ToCommand(hasher.HashPassword(new AccountRecord(), password), RegistrationChannel.OnSite, id, PersonConsented),
                HttpContext.CommandContext(Input.OperationId))).VolunteerNumber,
            () => RedirectToPage("Members", new { id }));
        if (number is not null)
        {
            TempData["StatusMessage"] = Text["OnSite.Done", number, password].Value;
        }

        return result;
    }

    protected override async Task LoadPageAsync(Guid id) => Regions = await regions.ListAsync();
}
