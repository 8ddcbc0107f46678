using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VolunteerRecords.Admin.Security;

/// <summary>
/// What an account must do before anything else: replace a password someone else chose (on-site registration, a new
/// staff account, a reset), then, for those who see many people's data, enrol an authenticator.
/// </summary>
public sealed class FirstThingsFirstFilter : IAsyncPageFilter
{
    private static readonly string[] AlwaysOpen = ["/Account/Logout", "/Account/Login", "/Account/SecondFactor", "/Culture", "/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        var user = context.HttpContext.User;
        var duty = user.HasClaim(VrClaimTypes.MustChangePassword, "true") ? "/Account/ChangePassword"
            : user.HasClaim(VrClaimTypes.MustEnrolSecondFactor, "true") ? "/Account/TwoFactor"
            : null;
        if (duty is not null && !string.Equals(page, duty, StringComparison.OrdinalIgnoreCase) && !AlwaysOpen.Contains(page, StringComparer.OrdinalIgnoreCase))
        {
            context.Result = new RedirectToPageResult(duty);
            return;
        }

        await next();
    }
}
