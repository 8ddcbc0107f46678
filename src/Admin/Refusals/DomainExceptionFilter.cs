using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Refusals;

/// <summary>
/// A rule that refuses a command (a <see cref="DomainException"/> from a grain) is answered in one place for every
/// page: the rule's message in the user's language above the form, and the page shown again as it was, with what
/// was typed. Handlers call the grain and show its success; they do not catch refusals themselves.
/// </summary>
public sealed class DomainExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        // A query that breaks a rule has no form to show again: it is left to the error page.
        if (executed.Exception is not DomainException refused || executed.ExceptionHandled || context.HandlerInstance is not PageModel page
            || HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            return;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        // A rule message may name what it refused by its subject ({0}): a date, a year — never personal data (DomainException.Subject).
        page.ModelState.AddModelError("", text[refused.Code, refused.Subject]);
        executed.ExceptionHandled = true;
        executed.Result = await PageShownAgain.ShowAsync(page);
    }
}
