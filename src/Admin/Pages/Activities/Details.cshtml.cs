using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Activities.Attendance;
using VolunteerRecords.Grains.Activities.Roster;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>The organization's view of one activity: plan, insurance, lifecycle, roster and attendance (A8–A22).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(
    IGrainFactory grains, IParticipantStore participants, IVolunteerDirectory directory, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public ActivityDetails? Activity { get; private set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<ParticipantRow> Roster { get; private set; } = [];

    [BindProperty]
    public PlanInput Plan { get; set; } = new();

    [BindProperty]
    public List<AttendanceRow> Rows { get; set; } = [];

    public IReadOnlyList<AttendanceResult>? Results { get; private set; }

    public Guid? SheetSession { get; private set; }

    /// <summary>The volunteer number typed for a walk-in, kept when it is refused.</summary>
    public string? WalkInNumber { get; private set; }

    public bool RecordsOverdue => Activity is { } activity && ActivityRules.IsOverdue(activity.Status, activity.RecordsDue, ChinaTime.Today(time));

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? session)
    {
        if (!await LoadAsync(id, session))
        {
            return NotFound();
        }

        Plan = PlanInput.From(Activity!);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id, Guid operationId)
    {
        var (sessions, badLine) = SessionLines.Parse(Plan.Sessions);
        if (badLine is { } line)
        {
            ModelState.AddModelError("Plan.Sessions", localizer["Activity.SessionLine", line]);
            return await LoadAsync(id, null) ? Page() : NotFound();
        }

        DateTime? deadline = Plan.Deadline is { } day ? Cultures.ChinaToUtc(day, new TimeOnly(23, 59)) : null;
        return await RunAsync(id, grain => grain.UpdatePlanAsync(
            new ActivityPlan(sessions, new RecruitmentSettings(Plan.MembersOnly, Plan.Standing, Plan.GroupsWelcome, Plan.Quota, deadline), Plan.Risks ?? "", Plan.Agreement ?? "", Plan.MajorEvent),
            HttpContext.CommandContext(operationId)));
    }

    public Task<IActionResult> OnPostInsuranceAsync(
        Guid id, string? insurer, string? policy, [Display(Name = "Insurance.From")] DateOnly? from, [Display(Name = "Insurance.To")] DateOnly? to, Guid operationId) =>
        RunAsync(id, grain => grain.RecordInsuranceAsync(
            new InsurancePolicy(insurer ?? "", policy ?? "", from ?? DateOnly.MinValue, to ?? DateOnly.MinValue), HttpContext.CommandContext(operationId)));

    public Task<IActionResult> OnPostMoveAsync(Guid id, string step, string? reason, Guid operationId) =>
        RunAsync(id, grain => step switch
        {
            "publish" => grain.PublishAsync(HttpContext.CommandContext(operationId)),
            "start" => grain.StartAsync(HttpContext.CommandContext(operationId)),
            "held" => grain.RecordHeldAsync(HttpContext.CommandContext(operationId)),
            "end" => grain.EndAsync(reason, HttpContext.CommandContext(operationId)),
            "close" => grain.CloseRecordsAsync(reason, HttpContext.CommandContext(operationId)),
            _ => throw new DomainException(ActivityErrors.WrongStatus, id.ToString()),
        });

    public Task<IActionResult> OnPostEvaluateAsync(Guid id, Guid volunteerId, int duty, int satisfaction, string? comment, Guid operationId) =>
        RunAsync(id, _ => grains.GetGrain<IActivityAttendanceGrain>(id).EvaluateAsync(volunteerId, duty, satisfaction, comment, HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostWalkInAsync(Guid id, string? volunteerNumber, Guid operationId)
    {
        // Only staff who see the activity look a number up for it.
        if (!await LoadAsync(id, null))
        {
            return NotFound();
        }

        WalkInNumber = volunteerNumber?.Trim();
        var number = WalkInNumber?.ToUpperInvariant() ?? "";
        var found = number.Length == 0 ? null
            : (await directory.SearchAsync(new VolunteerSearch(Text: number, PageSize: 5))).Items.FirstOrDefault(v => v.VolunteerNumber == number);
        if (found is null)
        {
            ModelState.AddModelError("volunteerNumber", localizer["Activity.WalkInUnknown"]);
            return Page();
        }

        await grains.GetGrain<IActivityRosterGrain>(id).AddWalkInAsync(Guid.Parse(found.Id), HttpContext.CommandContext(operationId));
        TempData["StatusMessage"] = localizer["Activity.WalkInAdded", found.DisplayName, found.VolunteerNumber].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostCancelAsync(Guid id, string? reason, Guid operationId) =>
        RunAsync(id, grain => grain.CancelAsync(reason ?? "", HttpContext.CommandContext(operationId)));

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, Guid session, string? proofName, string? proofContact, string? proofNote, IFormFile? photo, Guid operationId)
    {
        if (!await LoadAsync(id, session))
        {
            return NotFound();
        }

        var chosen = Activity!.Sessions!.FirstOrDefault(s => s.Id == session);
        if (chosen is null)
        {
            ModelState.AddModelError("", localizer[ActivityErrors.SessionUnknown]);
            return Page();
        }

        if (photo is { Length: > ActivityRules.MaxPhotoBytes })
        {
            ModelState.AddModelError("", localizer[ActivityErrors.PhotoInvalid]);
            return Page();
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(chosen.StartUtc, Cultures.ChinaStandardTime));
        var entries = new List<AttendanceEntry>();
        foreach (var row in Rows.Where(r => r.Present))
        {
            if (!TimeOnly.TryParseExact(row.From, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(row.To, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                ModelState.AddModelError("", localizer["Attendance.TimeFormat", row.Name ?? ""]);
                return Page();
            }

            entries.Add(new AttendanceEntry(row.VolunteerId, session, Cultures.ChinaToUtc(day, from), Cultures.ChinaToUtc(day, to), row.Deducted,
                new ServiceProof(proofName ?? "", proofContact, proofNote)));
        }

        var grain = grains.GetGrain<IActivityAttendanceGrain>(id);
        if (photo is { Length: > 0 })
        {
            using var content = new MemoryStream();
            await photo.CopyToAsync(content);
            // The photo's upload is its own operation, derived from the sheet's so a resubmitted sheet reuses it.
            var photoId = await grain.AttachSheetPhotoAsync(content.ToArray(), HttpContext.CommandContext(PhotoOperation(operationId)));
            entries = [.. entries.Select(e => e with { Proof = e.Proof with { PhotoId = photoId } })];
        }

        Results = await grain.CertifyAttendanceAsync(entries, HttpContext.CommandContext(operationId));

        return Page();
    }

    private static Guid PhotoOperation(Guid sheet) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("sheet-photo:" + sheet)).AsSpan(0, 16));

    private async Task<IActionResult> RunAsync(Guid id, Func<IActivityGrain, Task> change)
    {
        await change(grains.GetGrain<IActivityGrain>(id));
        TempData["StatusMessage"] = localizer["Common.Saved"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, Guid? session)
    {
        Activity = await grains.GetGrain<IActivityGrain>(id).GetDetailsAsync();
        if (Activity is null)
        {
            return false;
        }

        var organization = await grains.ActedForByAsync(Activity.OrganizationId, User.ToActor());
        if (organization is null)
        {
            return false;
        }

        OrganizationName = organization.Name;
        Roster = await participants.RosterAsync(id.ToString());
        SheetSession = session ?? Activity.Sessions?.FirstOrDefault()?.Id;
        if (Rows.Count == 0 && Activity.Sessions?.FirstOrDefault(s => s.Id == SheetSession) is { } chosen)
        {
            Rows = [.. Roster.Where(p => p.Status == ParticipantStatus.Confirmed).Select(p => new AttendanceRow
            {
                VolunteerId = Guid.Parse(p.VolunteerId),
                Name = p.VolunteerName,
                Present = true,
                From = chosen.StartUtc.ToChinaTime("HH:mm"),
                To = chosen.EndUtc.ToChinaTime("HH:mm"),
            })];
        }

        return true;
    }

    public sealed class PlanInput
    {
        public string? Sessions { get; set; }

        public bool MembersOnly { get; set; }

        public bool Standing { get; set; }

        public bool GroupsWelcome { get; set; }

        [Display(Name = "Activity.Quota")]
        public int Quota { get; set; } = 20;

        [Display(Name = "Activity.Deadline")]
        public DateOnly? Deadline { get; set; }

        public string? Risks { get; set; }

        public string? Agreement { get; set; }

        public bool MajorEvent { get; set; }

        public static PlanInput From(ActivityDetails activity) => new()
        {
            Sessions = SessionLines.Format(activity.Sessions ?? []),
            MembersOnly = activity.Recruitment?.MembersOnly ?? false,
            Standing = activity.Recruitment?.Standing ?? false,
            GroupsWelcome = activity.Recruitment?.GroupsWelcome ?? false,
            Quota = activity.Recruitment?.Quota ?? 20,
            Deadline = activity.Recruitment?.SignUpDeadlineUtc is { } deadline ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(deadline, Cultures.ChinaStandardTime)) : null,
            Risks = activity.Risks,
            Agreement = activity.Agreement,
            MajorEvent = activity.MajorEvent,
        };
    }
}
