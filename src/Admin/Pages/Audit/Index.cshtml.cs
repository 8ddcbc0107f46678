using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Pages.Audit;

/// <summary>Bureaus supervise record-keeping (A21): who entered, changed or viewed what.</summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<AuditRecord> Entries { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync()
    {
        // A date outside 1900–2100 never gets here: the binder refuses it beside its field and leaves it unset.
        var from = From is { } f ? Cultures.ChinaDateToUtc(f) : (DateTime?)null;
        var to = To is { } t ? Cultures.ChinaDateToUtc(t.AddDays(1)) : (DateTime?)null;

        // A district bureau reads the lines of its own region only (A4, A11).
        var actor = User.ToActor();
        var region = actor.Role == Role.CityAdmin && actor.RegionCode == RegionCodes.City ? null : RegionCodes.LikePattern(actor.RegionCode ?? "-");
        Entries = await audit.QueryAsync(new AuditQuery(
            Actor,
            Action,
            SubjectType,
            SubjectId,
            from,
            to,
            PageNumber,
            50,
            region));
    }
}
