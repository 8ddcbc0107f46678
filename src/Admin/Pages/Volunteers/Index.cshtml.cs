using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>
/// Volunteer search from the read model: an organization searches its members, a bureau its region (A21 oversight).
/// A phone or ID number typed in is matched through its keyed hash.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(IVolunteerDirectory volunteers, RegionScope regionScope, PersonalDataProtector personalData) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Page<VolunteerRow> Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync()
    {
        var actor = User.ToActor();
        var text = Text?.Trim();
        string[]? hashes = string.IsNullOrEmpty(text)
            ? null
            : [personalData.LookupHash(VolunteerRules.PhoneIdentifier, text), personalData.LookupHash(VolunteerRules.DocumentIdentifier, text.ToUpperInvariant())];
        Results = await volunteers.SearchAsync(new VolunteerSearch(
            text,
            hashes,
            actor.IsBureau ? null : actor.OrganizationId?.ToString() ?? Guid.Empty.ToString(),
            actor.IsBureau ? await regionScope.RegionsOfAsync(User) : null,
            Status,
            PageNumber));
    }
}
