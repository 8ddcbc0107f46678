using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace VolunteerRecords.Admin.Security;

/// <summary>Asks for a fresh proof of identity before every handler marked <see cref="RequiresRecentSignInAttribute"/>.</summary>
public sealed class RecentSignInFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<RequiresRecentSignInAttribute>() is not null
            && context.HttpContext.User.Identity?.IsAuthenticated == true
            && !await context.HttpContext.RequestServices.GetRequiredService<RecentSignIn>().IsRecentAsync(context.HttpContext))
        {
            context.Result = RecentSignIn.Challenge(context.HttpContext);
            return;
        }

        await next();
    }
}
