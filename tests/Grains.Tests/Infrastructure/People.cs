using System.Globalization;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

/// <summary>Valid, unique identities for tests: every ID number carries a correct check character.</summary>
public static class People
{
    private static int _serial = Environment.ProcessId % 500 * 1000;

    public static string ResidentId(DateOnly birthDate, bool male = true, string county = "210902")
    {
        var sequence = Interlocked.Increment(ref _serial) % 500 * 2 + (male ? 1 : 0);
        var first17 = county + birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + IdDocuments.CheckCharacter(first17);
    }

    public static string Phone() =>
        "136" + Interlocked.Increment(ref _serial).ToString("D8", CultureInfo.InvariantCulture);

    public static readonly DateOnly AdultBirth = new(1990, 3, 7);

    public static RegisterVolunteer Adult(string? idNumber = null, string? phone = null) => new(
        "李雷",
        IdDocumentType.ResidentIdCard,
        idNumber ?? ResidentId(AdultBirth),
        null,
        null,
        "210902",
        phone ?? Phone(),
        "hashed-elsewhere",
        "急救",
        [ServiceCategory.EmergencyRescue, ServiceCategory.CommunityService, ServiceCategory.EmergencyRescue]);

    public static RegisterVolunteer Minor(DateOnly birth, GuardianConsent? guardian) =>
        Adult(ResidentId(birth, male: false)) with { Name = "小红", Guardian = guardian };

    public static GuardianConsent Guardian(bool dataConsent = true) =>
        new("王芳", "母亲", Phone(), ResidentId(new DateOnly(1985, 5, 20), male: false), new DateOnly(2026, 11, 20), dataConsent);
}
