using Microsoft.AspNetCore.Http;

namespace VolunteerRecords.Admin.Binding;

/// <summary>
/// The fields of this request whose value could not be read (a number that is not one, a date outside 1900–2100, an
/// unknown choice), noted by <see cref="CheckedValueModelBinder"/> and refused by <see cref="UnreadableInputFilter"/>
/// before any handler runs: nothing is saved with a default in their place.
/// </summary>
public static class UnreadableInput
{
    private const string Key = "vr.unreadable-fields";

    public static void Note(HttpContext http, string field)
    {
        if (http.Items[Key] is not List<string> fields)
        {
            http.Items[Key] = fields = [];
        }

        fields.Add(field);
    }

    public static IReadOnlyList<string> Of(HttpContext http) => http.Items[Key] as List<string> ?? [];
}
