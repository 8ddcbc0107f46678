using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VolunteerRecords.Admin.Refusals;

/// <summary>
/// A refused form comes back as its page: the page's GET handler builds what the page shows (with the route's values),
/// and what the user typed — every bound property — is put back over it, so nothing has to be typed again.
/// </summary>
public static class PageShownAgain
{
    /// <returns>what the page answers: itself, or what its GET handler answers instead (404, a redirect).</returns>
    public static async Task<IActionResult> ShowAsync(PageModel page)
    {
        var typed = BoundProperties(page.GetType()).Select(p => (Property: p, Value: p.GetValue(page))).ToList();
        var answer = await RunGetAsync(page);
        foreach (var (property, value) in typed)
        {
            property.SetValue(page, value);
        }

        return answer ?? page.Page();
    }

    private static IEnumerable<PropertyInfo> BoundProperties(Type type)
    {
        var all = type.GetCustomAttribute<BindPropertiesAttribute>() is not null;
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && (all || p.GetCustomAttribute<BindPropertyAttribute>() is not null));
    }

    private static async Task<IActionResult?> RunGetAsync(PageModel page)
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
