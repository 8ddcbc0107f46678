using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VolunteerRecords.Admin.Binding;

/// <summary>Puts <see cref="BooleanModelBinder"/> in front of the framework's binder for bool and bool?.</summary>
public sealed class BooleanModelBinderProvider : IModelBinderProvider
{
    private static readonly BooleanModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? Binder : null;
}
