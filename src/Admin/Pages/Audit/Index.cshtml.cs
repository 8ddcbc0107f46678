using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Database;

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
        Entries = await audit.QueryAsync(new AuditQuery(
            Actor,
            Action,
            SubjectType,
            SubjectId,
            From is { } from ? Cultures.ChinaDateToUtc(from) : null,
            To is { } to ? Cultures.ChinaDateToUtc(to.AddDays(1)) : null,
            PageNumber,
            50));
    }
}
