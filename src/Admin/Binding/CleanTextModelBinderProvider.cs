using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VolunteerRecords.Admin.Binding;

/// <summary>Puts <see cref="CleanTextModelBinder"/> in front of the framework's binder for every string.</summary>
public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    private static readonly CleanTextModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource != BindingSource.Body ? Binder : null;
}
