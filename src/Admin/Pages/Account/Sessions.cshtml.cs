using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>Where the account is signed in now; any session can be ended from here, a lost phone's included.</summary>
[Authorize]
public sealed class SessionsModel(ISessionStore sessions, IAuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<SessionRecord> Open { get; private set; } = [];

    public string? Current => User.FindFirstValue(VrClaimTypes.SessionId);

    public async Task OnGetAsync() => Open = await sessions.OpenForAccountAsync(User.AccountId(), time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostEndAsync(string? sessionId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (string.IsNullOrEmpty(sessionId))
        {
            ModelState.AddModelError("", localizer["Sessions.NotFound"]);
            await OnGetAsync();
            return Page();
        }

        // The store ends only a session of this very account: another's id changes nothing.
        await sessions.EndAsync(sessionId, User.AccountId(), now, HttpContext.RequestAborted);
        await audit.AppendAsync(
            new AuditEntry(now, User.AccountId(), User.Identity?.Name, "account.session-ended", "account", User.AccountId(), HttpContext.RemoteIp(), null),
            HttpContext.RequestAborted);
        TempData["StatusMessage"] = localizer["Sessions.Ended"].Value;
        return RedirectToPage();
    }
}
