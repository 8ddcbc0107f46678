using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Admin.Volunteers;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Jobs.Accounts;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>A volunteer as an organization (its members) or a bureau (its region) may see them; identifiers masked.</summary>
// Any signed-in user reaches the page, so a volunteer asking for someone's page gets 404 like anyone out of scope.
[Authorize]
public sealed class DetailsModel(
    IGrainFactory grains,
    StaffVolunteerPageQuery query,
    IPasswordHasher<AccountRecord> hasher,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private StaffVolunteerPage? _page;

    /// <summary>What the page shows, read by its query service and cut to what this viewer may see.</summary>
    public StaffVolunteerPage Data => _page ?? throw new InvalidOperationException("The page was not read.");

    public VolunteerProfile? Profile => _page?.Profile;

    public bool CanDecide { get; private set; }

    /// <summary>The organization a record came from, when it is not the viewer's own.</summary>
    public string? SharedFrom(ServiceRecord record) =>
        OrganizationId is { } own && record.OrganizationId != own.ToString() ? Data.OrganizationNames.GetValueOrDefault(record.OrganizationId, record.OrganizationId) : null;

    /// <summary>The organization's staff correct its entries; a row already corrected is history, so only the latest row of an entry is offered.</summary>
    public bool CanCorrect(ServiceRecord record) =>
        OrganizationId?.ToString() == record.OrganizationId && !Data.Records.Any(r => r.CorrectsId == record.Id);

    public RevealedIdentifiers? Revealed { get; private set; }

    public bool CanUnmask { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>She is 14 to 18 and agreed to disclosure herself: her guardian is to be told (A7.2).</summary>
    public bool GuardianToBeTold =>
        Profile is { } profile && VolunteerRules.GuardianToBeTold(Data.Age, profile.DiscloseToThirdParties, profile.NameIsPublic);

    /// <summary>Complainants are named only to the organization that took the complaint.</summary>
    public string Complainant(ComplaintRow complaint) =>
        Data.Visibility.NamesComplainant(complaint.OrganizationId) ? complaint.Complainant : localizer["Complaint.ComplainantWithheld"].Value;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostRevealAsync(Guid id, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Revealed = await grains.GetGrain<IVolunteerGrain>(id).RevealIdentifiersAsync(HttpContext.CommandContext(operationId));

        return Page();
    }

    public Task<IActionResult> OnPostSanctionAsync(Guid id, SanctionKind kind, string? reason, Guid operationId) =>
        RunAsync(id, grain => grain.SanctionAsync(kind, reason ?? "", User.OrganizationId(), HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostCorrectionAsync(Guid id, CorrectionField field, string? message, Guid operationId) =>
        RunAsync(id, _ => grains.Membership(id, User.OrganizationId() ?? Guid.Empty).RequestProfileCorrectionAsync(field, message ?? "", HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostCommendAsync(Guid id, string? title, DateOnly? grantedOn, string? body, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IRecordBookGrain>(id).CommendAsync(title ?? "", grantedOn ?? DateOnly.MaxValue, body ?? "", HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostComplaintAsync(Guid id, string? complainant, string? content, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IRecordBookGrain>(id).FileComplaintAsync(complainant ?? "", content ?? "", HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostVerifyAsync(Guid id, Guid complaintId, bool upheld, string? note, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IRecordBookGrain>(id).VerifyComplaintAsync(complaintId, upheld, note ?? "", HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostIssueCertificateAsync(Guid id, CertificatePurpose purpose, Guid operationId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var issued = await grains.GetGrain<IVolunteerCertificatesGrain>(id).IssueAsync(
            new CertificateRequest(purpose, null, null, OrganizationId), HttpContext.CommandContext(operationId));
        return RedirectToPage("/Certificates/View", new { id = issued.Id });
    }

    /// <summary>She forgot her password and stands in front of the admin, who has checked her ID: a one-time password, shown once.</summary>
    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, Guid operationId)
    {
        var password = InitialPassword.Create();
        var result = await RunAsync(id, grain => grain.ResetPasswordAsync(hasher.HashPassword(new AccountRecord(), password), HttpContext.CommandContext(operationId)));
        if (result is RedirectToPageResult)
        {
            TempData["StatusMessage"] = localizer["Volunteer.PasswordReset", password].Value;
        }

        return result;
    }

    public Task<IActionResult> OnPostDecideStarAsync(Guid id, int level, bool grant, string? reason, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IStarGrain>(id).DecideAsync(level, grant, reason, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostResolveStarAsync(Guid id, bool keep, string? reason, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IStarGrain>(id).ResolveReviewAsync(keep, reason ?? "", HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostCorrectServiceAsync(Guid id, Guid rootId, DateOnly? day, TimeOnly? from, TimeOnly? to, int? deducted, string? reason, Guid operationId)
    {
        if (!new ServiceTimesInput(day, from, to, deducted).TryRead(out var start, out var end, out var minutes))
        {
            ModelState.AddModelError("", localizer["Correction.TimesRequired"]);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var correction = new ServiceCorrection(start, end, minutes, reason ?? "");
        return await RunAsync(id, _ => grains.GetGrain<IRecordBookGrain>(id).CorrectServiceAsync(rootId, correction, HttpContext.CommandContext(operationId)));
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<IVolunteerGrain, Task> change)
    {
        await change(grains.GetGrain<IVolunteerGrain>(id));
        TempData["StatusMessage"] = localizer["Common.Saved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = User.ToActor();
        if (actor.Role == VolunteerRecords.Grains.Common.Role.Volunteer)
        {
            return false;
        }

        // One decision of what this viewer may see of her record (A23, A24), made by her record book; the query follows it.
        _page = await query.ReadAsync(id, HttpContext.CommandContext(Guid.NewGuid()));
        CanUnmask = actor.CanUnmask;
        OrganizationId = actor.OrganizationId;
        CanDecide = actor.IsBureau || actor.Role == VolunteerRecords.Grains.Common.Role.OrganizationAdmin;
        return _page is not null;
    }
}
