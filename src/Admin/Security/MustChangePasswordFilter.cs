using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// An account whose password was set by someone else (on-site registration, a new staff account) does nothing
/// until its owner has chosen their own.
/// </summary>
public sealed class MustChangePasswordFilter : IAsyncPageFilter
{
    private static readonly string[] OpenPages = ["/Account/ChangePassword", "/Account/Logout", "/Account/Login", "/Culture", "/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.HttpContext.User.HasClaim(VrClaimTypes.MustChangePassword, "true") && !OpenPages.Contains(page, StringComparer.OrdinalIgnoreCase))
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword");
            return;
        }

        await next();
    }
}
