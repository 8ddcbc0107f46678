using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// A form post with a field that could not be read does nothing: back to the page, with a message naming the fields.
/// One place for every form, so that no handler can save a default where the user typed something else. A query
/// (GET) changes nothing anyway: its page shows the binding message beside its filters.
/// </summary>
public sealed class UnreadableInputFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var fields = UnreadableInput.Of(context.HttpContext);
        if (fields.Count == 0 || Microsoft.AspNetCore.Http.HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        var services = context.HttpContext.RequestServices;
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var tempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
        tempData["ErrorMessage"] = text["Binding.Unreadable", string.Join("、", fields.Distinct())].Value;
        // The page itself, without the query that could not be read: a redirect that cannot loop.
        context.Result = new LocalRedirectResult(context.HttpContext.Request.PathBase + context.HttpContext.Request.Path);
    }
}
