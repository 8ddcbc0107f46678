using System.Net;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// Puts a field's error messages right after the field, for every input, select and text area of every form —
/// written with <c>asp-for</c> or with a plain <c>name</c> — so that no form can forget its message span and a
/// refused value is always explained where it was typed (issue 14). A group of radio buttons sharing a name shows
/// its message once, after the first. The field is marked invalid for assistive technology and points at the message.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ShownKey = "vr.field-errors-shown";

    /// <summary>After the framework's own helpers, which write the name of an <c>asp-for</c> field.</summary>
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.TryGetAttribute("name", out var attribute) || attribute.Value?.ToString() is not { Length: > 0 } name
            || output.Attributes.TryGetAttribute("type", out var type) && string.Equals(type.Value?.ToString(), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var state = ViewContext.ModelState;
        if (!state.TryGetValue(name, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        var shown = ViewContext.HttpContext.Items[ShownKey] as HashSet<string>;
        if (shown is null)
        {
            ViewContext.HttpContext.Items[ShownKey] = shown = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!shown.Add(name))
        {
            return;
        }

        var id = "error-" + TagBuilder.CreateSanitizedId(name, "_");
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", id);
        var messages = entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).Distinct();
        output.PostElement.AppendHtml(
            $"<span class=\"field-error field-validation-error\" id=\"{id}\" data-valmsg-for=\"{WebUtility.HtmlEncode(name)}\">{WebUtility.HtmlEncode(string.Join(" ", messages))}</span>");
    }
}
