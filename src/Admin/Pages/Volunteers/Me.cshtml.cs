using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Alerts;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Teams;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>The signed-in volunteer's own profile, memberships and consents, read from their grains (A5, A23, A24).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class MeModel(
    IGrainFactory grains,
    IRegionDirectory regions,
    IMembershipStore memberships,
    ISanctionStore sanctions,
    ICorrectionRequestStore corrections,
    IParticipantStore participants,
    IServiceLedger ledger,
    IRecordBook recordBook,
    IServiceClaimStore claims,
    ITrainingStore trainings,
    IStarHistory starHistory,
    ICertificateStore certificates,
    ITeamStore teams,
    IAlertStore alerts,
    RecentSignIn recentSignIn,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Activities the volunteer served whose records are due soon or overdue, from the daily job.</summary>
    public IReadOnlyList<RecordAlertRow> RecordsDue { get; private set; } = [];

    /// <summary>The next star level the daily job found the hours for; null when none.</summary>
    public EligibleMember? Eligibility { get; private set; }

    public IReadOnlyList<EvaluationRow> Evaluations { get; private set; } = [];

    public IReadOnlyList<CommendationRow> Commendations { get; private set; } = [];

    /// <summary>Only complaints verified as true are part of the record (A22).</summary>
    public IReadOnlyList<ComplaintRow> UpheldComplaints { get; private set; } = [];

    public IReadOnlyList<StarEvent> StarHistory { get; private set; } = [];

    public IReadOnlyList<CertificateRow> Certificates { get; private set; } = [];

    public HoursBreakdown Hours { get; private set; } = HoursBreakdown.Of([]);

    public IReadOnlyList<TeamMemberRow> Teams { get; private set; } = [];

    /// <summary>Confirmed trainings: their hours are shown apart from service hours (A14).</summary>
    public IReadOnlyList<TrainingRecord> Trainings { get; private set; } = [];

    /// <summary>The volunteer's claims of hours and correction requests, pending and answered.</summary>
    public IReadOnlyList<ServiceClaimRow> Claims { get; private set; } = [];

    /// <summary>The entry shown is the latest of its root on this page, and no request for it is waiting.</summary>
    public bool CanRequestCorrection(ServiceRecord record) =>
        !Records.Items.Any(r => r.CorrectsId == record.Id) && !Claims.Any(c => c.IsPending && c.RootId == record.RootId);

    public bool CorrectionPending(ServiceRecord record) =>
        !Records.Items.Any(r => r.CorrectsId == record.Id) && Claims.Any(c => c.IsPending && c.RootId == record.RootId);

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ParticipantRow> SignUps { get; private set; } = [];

    public Page<ServiceRecord> Records { get; private set; } = new([], 0, 1, 20);

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    public VolunteerProfile? Profile { get; private set; }

    public string? ResidenceName { get; private set; }

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public IReadOnlyList<MembershipRow> Memberships { get; private set; } = [];

    public IReadOnlyList<CorrectionRequest> Corrections { get; private set; } = [];

    public IReadOnlyList<SanctionRecord> Sanctions { get; private set; } = [];

    /// <summary>Invitations waiting for her answer, each with the organization and the staff member who sent it.</summary>
    public IReadOnlyList<MembershipEvent> Invitations { get; private set; } = [];

    /// <summary>Her own ID number and phones, in full: masking protects her from others, not from herself.</summary>
    public RevealedIdentifiers? Own { get; private set; }

    /// <summary>A minor accepts an invitation only with her guardian's agreement (A7.2).</summary>
    public bool IsMinor { get; private set; }

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

        try
        {
            await grains.Membership(id, organizationId).AnswerInvitationAsync(accept, guardianAgrees, HttpContext.CommandContext(operationId));
            var name = (await grains.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync())?.Name ?? "";
            TempData["StatusMessage"] = localizer[accept ? "Me.InvitationAccepted" : "Me.InvitationDeclined", name].Value;
            return RedirectToPage();
        }
        catch (DomainException exception)
        {
            await LoadAsync();
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    public Task<IActionResult> OnPostShareAsync(Guid organizationId, bool share, Guid operationId) =>
        RunAsync(_ => grains.Membership(User.VolunteerId()!.Value, organizationId).SetSharingAsync(share, HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostIssueCertificateAsync(CertificatePurpose purpose, DateOnly? from, DateOnly? to, Guid? organizationId, Guid operationId)
    {
        if (User.VolunteerId() is not { } id)
        {
            return NotFound();
        }

        try
        {
            var issued = await grains.GetGrain<IVolunteerGrain>(id).IssueCertificateAsync(
                new CertificateRequest(purpose, from, to, organizationId), HttpContext.CommandContext(operationId));
            return RedirectToPage("/Certificates/View", new { id = issued.Id });
        }
        catch (DomainException exception)
        {
            await LoadAsync();
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    public Task<IActionResult> OnPostApplyStarAsync(int level, Guid operationId) =>
        RunAsync(grain => grain.ApplyForStarAsync(level, HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostResolveAsync(Guid requestId, Guid operationId) =>
        RunAsync(grain => grain.ResolveCorrectionAsync(requestId, HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostRequestCorrectionAsync(Guid rootId, DateOnly? day, TimeOnly? from, TimeOnly? to, int? deducted, string? reason, Guid operationId)
    {
        if (!new ServiceTimesInput(day, from, to, deducted).TryRead(out var start, out var end, out var minutes))
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            ModelState.AddModelError("", localizer["Correction.TimesRequired"]);
            return Page();
        }

        return await RunAsync(grain => grain.RequestServiceCorrectionAsync(rootId, new ServiceCorrection(start, end, minutes, reason ?? ""), HttpContext.CommandContext(operationId)));
    }

    /// <summary>Runs one change on the volunteer's behalf and comes back here, showing the rule that stopped it if any.</summary>
    private async Task<IActionResult> RunAsync(Func<IVolunteerGrain, Task> change)
    {
        if (User.VolunteerId() is not { } id)
        {
            return NotFound();
        }

        try
        {
            await change(grains.GetGrain<IVolunteerGrain>(id));
            TempData["StatusMessage"] = localizer["Me.Saved"].Value;
            return RedirectToPage();
        }
        catch (DomainException exception)
        {
            await LoadAsync();
            ModelState.AddModelError("", localizer[exception.Code]);
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        if (User.VolunteerId() is not { } id || await grains.GetGrain<IVolunteerGrain>(id).GetProfileAsync() is not { } profile)
        {
            return false;
        }

        Profile = profile;
        Own = await grains.GetGrain<IVolunteerGrain>(id).RevealIdentifiersAsync(HttpContext.CommandContext(Guid.NewGuid()));
        Regions = await regions.ListAsync();
        ResidenceName = Regions.FirstOrDefault(r => r.Code == profile.ResidenceRegionCode)?.Name;
        Memberships = await memberships.ListForVolunteerAsync(id.ToString());
        var invited = Memberships.Where(m => m.Status == nameof(MembershipStatus.Invited)).Select(m => m.OrganizationId).ToHashSet();
        Invitations = invited.Count == 0 ? [] :
        [
            .. (await memberships.HistoryAsync(id.ToString()))
                .Where(e => e.Event == MembershipEvents.Invited && invited.Contains(e.OrganizationId))
                .GroupBy(e => e.OrganizationId)
                .Select(g => g.MaxBy(e => e.AtUtc)!),
        ];
        IsMinor = MembershipRules.IsMinor(profile.BirthDate, ChinaTime.Today(time));
        Corrections = await corrections.ListForVolunteerAsync(id.ToString());
        Sanctions = await sanctions.ListForVolunteerAsync(id.ToString());
        SignUps = await participants.ForVolunteerAsync(id.ToString());
        Records = await ledger.ListForVolunteerAsync(id.ToString(), PageNumber, 20);
        Evaluations = await recordBook.EvaluationsAsync(id.ToString());
        Commendations = await recordBook.CommendationsAsync(id.ToString());
        Claims = await claims.ForVolunteerAsync(id.ToString(), 50);
        Trainings = await trainings.ForVolunteerAsync(id.ToString());
        StarHistory = await starHistory.ForVolunteerAsync(id.ToString());
        Certificates = await certificates.ForVolunteerAsync(id.ToString());
        Teams = await teams.TeamsOfAsync(id.ToString());
        RecordsDue = await alerts.RecordsDueForVolunteerAsync(id.ToString());
        Eligibility = await alerts.EligibilityAsync(id.ToString());
        Hours = HoursBreakdown.Of(await ledger.CurrentEntriesAsync(id.ToString(), null, null, null));
        UpheldComplaints = [.. (await recordBook.ComplaintsAsync(id.ToString())).Where(RecordRules.IsOnRecord)];
        return true;
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
