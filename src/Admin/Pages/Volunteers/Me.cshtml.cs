using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Admin.Volunteers;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>The signed-in volunteer's own profile, memberships and consents, read from their grains (A5, A23, A24).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class MeModel(
    IGrainFactory grains,
    OwnPageQuery query,
    RecentSignIn recentSignIn,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private OwnPage? _page;

    /// <summary>What the page shows, read by its query service.</summary>
    public OwnPage Data => _page ?? throw new InvalidOperationException("The page was not read.");

    /// <summary>The entry shown is the latest of its root on this page, and no request for it is waiting.</summary>
    public bool CanRequestCorrection(ServiceRecord record) =>
        !Data.Records.Items.Any(r => r.CorrectsId == record.Id) && !Data.Claims.Any(c => c.IsPending && c.RootId == record.RootId);

    public bool CorrectionPending(ServiceRecord record) =>
        !Data.Records.Items.Any(r => r.CorrectsId == record.Id) && Data.Claims.Any(c => c.IsPending && c.RootId == record.RootId);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public VolunteerProfile? Profile => _page?.Profile;

    /// <summary>Her own ID number and phones, in full: masking protects her from others, not from herself.</summary>
    public RevealedIdentifiers? Own => _page?.Own;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Contact = new ContactInput
        {
            OperationId = Guid.NewGuid(),
            ResidenceRegionCode = Profile!.ResidenceRegionCode,
            Skills = Profile.Skills,
            Intentions = [.. Profile.Intentions],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostContactAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Her phone is also her sign-in name: a new one needs her password again, other contact details do not.
        if (Contact.Phone.Trim() != Own?.Phone && !await recentSignIn.IsRecentAsync(HttpContext))
        {
            return RecentSignIn.Challenge(HttpContext);
        }

        return await RunAsync(grain => grain.UpdateContactAsync(
            new UpdateVolunteerContact(Contact.Phone, Contact.ResidenceRegionCode, Contact.Skills ?? "", Contact.Intentions),
            HttpContext.CommandContext(Contact.OperationId)));
    }

    public Task<IActionResult> OnPostDisclosureAsync(bool disclose, bool guardianAgrees, Guid operationId) =>
        RunAsync(grain => grain.SetDisclosureConsentAsync(disclose, guardianAgrees, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostLeaveAsync(Guid organizationId, Guid operationId) =>
        RunAsync(_ => grains.Membership(User.VolunteerId()!.Value, organizationId).LeaveAsync(HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostAnswerInvitationAsync(Guid organizationId, bool accept, bool guardianAgrees, Guid operationId)
    {
        if (User.VolunteerId() is not { } id)
        {
            return NotFound();
        }

        await grains.Membership(id, organizationId).AnswerInvitationAsync(accept, guardianAgrees, HttpContext.CommandContext(operationId));
        var name = (await grains.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync())?.Name ?? "";
        TempData["StatusMessage"] = localizer[accept ? "Me.InvitationAccepted" : "Me.InvitationDeclined", name].Value;
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostShareAsync(Guid organizationId, bool share, Guid operationId) =>
        RunAsync(_ => grains.Membership(User.VolunteerId()!.Value, organizationId).SetSharingAsync(share, HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostIssueCertificateAsync(CertificatePurpose purpose, DateOnly? from, DateOnly? to, Guid? organizationId, Guid operationId)
    {
        if (User.VolunteerId() is not { } id)
        {
            return NotFound();
        }

        var issued = await grains.GetGrain<IVolunteerCertificatesGrain>(id).IssueAsync(
            new CertificateRequest(purpose, from, to, organizationId), HttpContext.CommandContext(operationId));
        return RedirectToPage("/Certificates/View", new { id = issued.Id });
    }

    public Task<IActionResult> OnPostApplyStarAsync(int level, Guid operationId) =>
        RunAsync(_ => grains.GetGrain<IStarGrain>(User.VolunteerId()!.Value).ApplyAsync(level, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostResolveAsync(Guid requestId, Guid organizationId, Guid operationId) =>
        RunAsync(_ => grains.Membership(User.VolunteerId()!.Value, organizationId).ResolveProfileCorrectionAsync(requestId, HttpContext.CommandContext(operationId)));

    /// <summary>Runs one change on the volunteer's behalf and comes back here, showing the rule that stopped it if any.</summary>
    private async Task<IActionResult> RunAsync(Func<IVolunteerGrain, Task> change)
    {
        if (User.VolunteerId() is not { } id)
        {
            return NotFound();
        }

        await change(grains.GetGrain<IVolunteerGrain>(id));
        TempData["StatusMessage"] = localizer["Me.Saved"].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        if (User.VolunteerId() is not { } id)
        {
            return false;
        }

        _page = await query.ReadAsync(id, PageNumber, HttpContext.CommandContext(Guid.NewGuid()));
        return _page is not null;
    }

    public sealed class ContactInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [RegularExpression(@"^\s*1[3-9]\d{9}\s*$", ErrorMessage = "Volunteer.PhoneInvalid")]
        [Display(Name = "Volunteer.Phone")]
        public string Phone { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Volunteer.Residence")]
        public string ResidenceRegionCode { get; set; } = "";

        [StringLength(VolunteerRules.MaxSkillsLength, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Volunteer.Skills")]
        public string? Skills { get; set; }

        public List<string> Intentions { get; set; } = [];
    }
}
