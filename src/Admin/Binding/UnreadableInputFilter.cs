using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// A form post with a field that could not be read does nothing: the handler does not run, and the page is shown again
/// as its GET handler builds it, with the binder's message beside each such field and one above the form naming
/// them. One place for every form, so that no handler can save a default where the user typed something else. A query
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
        context.Result = await ShowAgainAsync(page) ?? page.Page();
    }

    /// <summary>Runs the page's GET handler, with the route's values, so the page has what it shows.</summary>
    private static async Task<IActionResult?> ShowAgainAsync(PageModel page)
    {
        var get = page.GetType().GetMethod("OnGetAsync", BindingFlags.Public | BindingFlags.Instance)
            ?? page.GetType().GetMethod("OnGet", BindingFlags.Public | BindingFlags.Instance);
        if (get is null)
        {
            return null;
        }

        var arguments = get.GetParameters().Select(p => ArgumentFor(page, p)).ToArray();
        switch (get.Invoke(page, arguments))
        {
            case Task<IActionResult> answer:
                var awaited = await answer;
                return awaited is PageResult ? null : awaited;
            case Task task:
                await task;
                return null;
            case IActionResult result:
                return result is PageResult ? null : result;
            default:
                return null;
        }
    }

    private static object? ArgumentFor(PageModel page, ParameterInfo parameter)
    {
        var raw = page.RouteData.Values.TryGetValue(parameter.Name!, out var routed) ? routed?.ToString() : page.Request.Query[parameter.Name!].FirstOrDefault();
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (raw is not null)
        {
            try
            {
                return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(raw);
            }
            catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException)
            {
                // Unreadable too: the parameter's default, as for one not given.
            }
        }

        return parameter.HasDefaultValue ? parameter.DefaultValue : type.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null ? Activator.CreateInstance(type) : null;
    }
}
