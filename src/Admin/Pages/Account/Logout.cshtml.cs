using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerRecords.Admin.Accounts;

namespace VolunteerRecords.Admin.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInService signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(HttpContext);
        return RedirectToPage("/Account/Login");
    }
}
