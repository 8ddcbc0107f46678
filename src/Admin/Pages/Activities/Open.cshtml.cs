using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>Activities recruiting now, for volunteers to choose from (A8).</summary>
[Authorize(Policy = Policies.Volunteer)]
public sealed class OpenModel(IActivityReadModel activities, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<ActivityRow> Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync() =>
        Results = await activities.ListOpenAsync(time.GetUtcNow().UtcDateTime, string.IsNullOrEmpty(Category) ? null : Category, null, PageNumber, 20);
}
