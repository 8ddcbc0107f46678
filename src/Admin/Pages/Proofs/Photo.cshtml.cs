using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Storage.Proofs;

namespace VolunteerRecords.Admin.Pages.Proofs;

/// <summary>
/// A sign-in sheet photo, for the organization's staff and its bureau, and for a volunteer whose entry cites it; for
/// anyone else it does not exist (A23).
/// </summary>
[Authorize]
public sealed class PhotoModel(IGrainFactory grains, IProofPhotoStore photos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var photo = await photos.FindAsync(id.ToString());
        if (photo?.Content is null)
        {
            return NotFound();
        }

        var allowed = User.VolunteerId() is { } volunteer
            ? await photos.CitedForAsync(photo.Id, volunteer.ToString())
            : await grains.ActedForByAsync(Guid.Parse(photo.OrganizationId), User.ToActor()) is not null;
        if (!allowed)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "private, max-age=3600";
        return File(photo.Content, photo.ContentType);
    }
}
