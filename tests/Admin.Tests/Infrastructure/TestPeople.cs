using System.Globalization;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>Valid, unique ID numbers and phones for page tests.</summary>
public static class TestPeople
{
    private static int _serial = Environment.ProcessId % 400 * 1000;

    public static string ResidentId(int year = 1990, int month = 3, int day = 7, string county = "210902")
    {
        var sequence = Interlocked.Increment(ref _serial) % 999 + 1;
        var first17 = county + year.ToString("D4", CultureInfo.InvariantCulture) + month.ToString("D2", CultureInfo.InvariantCulture)
            + day.ToString("D2", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdDocuments.CheckCharacter(first17);
    }

    public static string Phone() => "158" + Interlocked.Increment(ref _serial).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>The self-registration form of an adult, with every required field.</summary>
    public static List<KeyValuePair<string, string>> Registration(string name, string idNumber, string phone, string password = "Volunteer2026") =>
    [
        new("Input.Name", name), new("Input.DocumentType", "ResidentIdCard"), new("Input.DocumentNumber", idNumber),
        new("Input.ResidenceRegionCode", "210902"), new("Input.Phone", phone), new("Input.Skills", "急救"),
        new("Input.Intentions", "CommunityService"), new("Password", password), new("ConfirmPassword", password), new("AcceptPrivacy", "true"),
    ];

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string key, string? value)
    {
        fields.RemoveAll(f => f.Key == key);
        if (value is not null)
        {
            fields.Add(new(key, value));
        }

        return fields;
    }
}
