using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Refusals;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// A form post with a field that could not be read does nothing: the handler does not run, and the page is shown again
/// (<see cref="PageShownAgain"/>: as its GET handler builds it, with what was typed), with the binder's message beside
/// each such field and one above the form naming them. One place for every form, so that no handler can save a default where the user typed something else. A query
/// (GET) changes nothing anyway: its page shows the binding message beside its filters.
/// </summary>
public sealed class UnreadableInputFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var fields = UnreadableInput.Of(context.HttpContext);
        if (fields.Count == 0 || HttpMethods.IsGet(context.HttpContext.Request.Method) || context.HandlerInstance is not PageModel page)
        {
            await next();
            return;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        page.ModelState.AddModelError("", text["Binding.Unreadable", string.Join("、", fields.Distinct())]);
        context.Result = await PageShownAgain.ShowAsync(page);
    }
}
