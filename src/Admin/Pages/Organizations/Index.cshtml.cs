using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Organizations;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Organizations;

[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(IOrganizationReadModel organizations, IRegionDirectory regions, RegionScope regionScope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RegionRecord> Regions { get; private set; } = [];

    public Page<OrganizationRow> Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync()
    {
        var scope = await regionScope.RegionsOfAsync(User);
        Regions = [.. (await regions.ListAsync()).Where(r => scope is null || scope.Contains(r.Code))];
        Results = await organizations.SearchAsync(new OrganizationSearch(Text, Region, Kind, Status, scope, PageNumber, 20));
    }
}
