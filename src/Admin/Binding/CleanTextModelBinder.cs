using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// Every text field, in one place: control characters, zero-width characters and bidirectional overrides are
/// removed before any rule sees the value. A name of zero-width spaces alone is then empty and refused as missing,
/// and "‮gnp.exe" cannot pass for "exe.png" on a page or a certificate. Passwords are left exactly as typed.
/// </summary>
public sealed class CleanTextModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var value = result.FirstValue;
        if (bindingContext.ModelMetadata.DataTypeName != nameof(System.ComponentModel.DataAnnotations.DataType.Password))
        {
            value = Clean(value);
        }

        // As the framework's own string binder does: an empty field binds as null, which [Required] then names.
        bindingContext.Result = ModelBindingResult.Success(string.IsNullOrWhiteSpace(value) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : value);
        return Task.CompletedTask;
    }

    public static string? Clean(string? value)
    {
        if (value is null || !value.Any(IsUnwanted))
        {
            return value;
        }

        var clean = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => !IsUnwanted(c)))
        {
            clean.Append(c);
        }

        return clean.ToString();
    }

    private static bool IsUnwanted(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
