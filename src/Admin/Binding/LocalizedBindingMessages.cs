using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// The framework's own words for input it cannot read ("The value 'a' is not valid for …") come from the resource
/// files too, in the user's language, naming the field as the page does.
/// </summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var text = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => text["Binding.ValueInvalidFor", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => text["Binding.ValueInvalid"]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.ValueInvalidFor", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.ValueInvalid"]);
        messages.SetValueIsInvalidAccessor(_ => text["Binding.ValueInvalid"]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.NumberFor", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.Number"]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.RequiredFor", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.Required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.Required"]);
        messages.SetValueMustNotBeNullAccessor(field => text["Binding.RequiredFor", field]);
    }
}
