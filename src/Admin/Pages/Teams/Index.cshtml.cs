using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Admin.Pages.Teams;

/// <summary>An organization's volunteer service teams (A17), for its staff and its members, and forming a new one.</summary>
[Authorize]
public sealed class IndexModel(IGrainFactory grains, ITeamStore teams, IMembershipStore memberships) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Organization { get; set; }

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<TeamRow> Teams { get; private set; } = [];

    /// <summary>Staff name a leader among the members; a volunteer forms a team and leads it.</summary>
    public IReadOnlyList<MembershipRow> Members { get; private set; } = [];

    public bool IsStaff { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? name, List<string>? intentions, Guid? leader, Guid operationId)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var leaderId = IsStaff ? leader ?? Guid.Empty : User.VolunteerId()!.Value;
        var teamId = Guid.NewGuid();
        await grains.GetGrain<ITeamGrain>(teamId).CreateAsync(
            new CreateTeam(Organization, name ?? "", intentions ?? [], leaderId), HttpContext.CommandContext(operationId));
        return RedirectToPage("Details", new { id = teamId });
    }

    private async Task<bool> LoadAsync()
    {
        var organization = await grains.GetGrain<IOrganizationGrain>(Organization).GetProfileAsync();
        if (organization is null)
        {
            return false;
        }

        var actor = User.ToActor();
        IsStaff = actor.ActsFor(organization.Id, organization.RegionCode);
        var isMember = User.VolunteerId() is { } volunteer
            && (await grains.Membership(volunteer, organization.Id).GetAsync()).Status == MembershipStatus.Member;
        if (!IsStaff && !isMember)
        {
            return false;
        }

        OrganizationName = organization.Name;
        Teams = await teams.ForOrganizationAsync(organization.Id.ToString());
        Members = IsStaff ? (await memberships.ListForOrganizationAsync(organization.Id.ToString(), MembershipStatus.Member, 1, 200)).Items : [];
        return true;
    }
}
