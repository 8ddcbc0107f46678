using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// The framework's binder for numbers, dates, times and choices, watched: a value it cannot read, and a date outside
/// the plausible range, is noted as unreadable with the field's display name, instead of leaving the property at its
/// default for a handler to save.
/// </summary>
public sealed class CheckedValueModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        var given = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (given == ValueProviderResult.None || string.IsNullOrWhiteSpace(given.FirstValue))
        {
            return;
        }

        var name = bindingContext.ModelMetadata.GetDisplayName();
        var text = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (!bindingContext.Result.IsModelSet)
        {
            UnreadableInput.Note(bindingContext.HttpContext, name);
            return;
        }

        // A number the framework reads into a choice that does not exist (a tampered select) is refused too.
        if (bindingContext.Result.Model is Enum value && !Enum.IsDefined(value.GetType(), value))
        {
            UnreadableInput.Note(bindingContext.HttpContext, name);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, text["Validation.Choice"]);
            bindingContext.Result = ModelBindingResult.Failed();
            return;
        }

        var day = bindingContext.Result.Model switch
        {
            DateOnly date => date,
            DateTime moment => DateOnly.FromDateTime(moment),
            DateTimeOffset moment => DateOnly.FromDateTime(moment.UtcDateTime),
            _ => (DateOnly?)null,
        };
        if (day is { } d && !DateRange.IsPlausible(d))
        {
            UnreadableInput.Note(bindingContext.HttpContext, name);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, text["Validation.DateOutOfRange"]);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }
}
