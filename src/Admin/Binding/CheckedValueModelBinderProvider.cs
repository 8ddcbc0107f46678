using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VolunteerRecords.Admin.Binding;

/// <summary>Wraps the framework's binder for every simple value type (numbers, dates, times, Guids, enums) in <see cref="CheckedValueModelBinder"/>.</summary>
public sealed class CheckedValueModelBinderProvider(IModelBinderProvider framework) : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType is { IsValueType: true } type && type != typeof(bool) && !context.Metadata.IsComplexType
        && framework.GetBinder(context) is { } inner
            ? new CheckedValueModelBinder(inner)
            : null;
}
