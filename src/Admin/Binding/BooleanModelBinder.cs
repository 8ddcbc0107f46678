using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// A checkbox posts "true", or "true" and "false", or nothing. Anything else is a tampered form: it is refused with a
/// message and shown again as unticked, instead of the framework's binder keeping the text, on which the checkbox then
/// fails to render (HTTP 500).
/// </summary>
public sealed class BooleanModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var first = value.FirstValue;
        if (bool.TryParse(first, out var parsed))
        {
            bindingContext.Result = ModelBindingResult.Success(parsed);
            return Task.CompletedTask;
        }

        if (string.IsNullOrEmpty(first) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        var localizer = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, "false", "false");
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, localizer["Validation.Boolean"]);
        bindingContext.ModelState.TryAddModelError(string.Empty, localizer["Validation.Boolean"]);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
