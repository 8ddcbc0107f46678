using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>What a registration with true identity must carry (A6.1, A7, A12); each check throws the rule it breaks.</summary>
public static class RegistrationRules
{
    public static CheckedIdentity Identity(RegisterVolunteer command, DateOnly today, string subject)
    {
        var name = command.Name.Trim();
        if (name.Length is 0 or > VolunteerRules.MaxNameLength)
        {
            throw new DomainException(VolunteerErrors.NameInvalid, subject);
        }

        if (!Enum.IsDefined(command.DocumentType))
        {
            throw new DomainException(IdErrors.DocumentTypeInvalid, subject);
        }

        var document = IdDocuments.Check(command.DocumentType, command.DocumentNumber, today);
        if (!document.IsValid)
        {
            throw new DomainException(document.ErrorCode!, subject);
        }

        // An 18-character number states birth date and sex; only a passport needs them typed in.
        var birthDate = document.BirthDate ?? command.BirthDate;
        var sex = document.Sex ?? command.Sex;
        return birthDate is not { } birth || sex is null || birth > today || birth < today.AddYears(-130)
            ? throw new DomainException(VolunteerErrors.BirthDateRequired, subject)
            : new CheckedIdentity(name, document.Normalized, birth, sex.Value);
    }

    /// <returns>The mobile number, trimmed.</returns>
    public static string Phone(string phone, string subject)
    {
        var trimmed = phone.Trim();
        return VolunteerRules.IsMobilePhone(trimmed) ? trimmed : throw new DomainException(VolunteerErrors.PhoneInvalid, subject);
    }

    /// <returns>The skills, trimmed.</returns>
    public static string Skills(string skills, string subject)
    {
        var trimmed = skills.Trim();
        return trimmed.Length > VolunteerRules.MaxSkillsLength ? throw new DomainException(VolunteerErrors.SkillsTooLong, subject) : trimmed;
    }

    /// <summary>
    /// A7.2: under 18 only with the recorded consent of an adult legal guardian; under 14 the guardian also consents
    /// to her data being processed.
    /// </summary>
    /// <returns>The consent with its texts trimmed and the guardian's ID number normalized; null for an adult.</returns>
    public static GuardianConsent? Guardian(GuardianConsent? guardian, DateOnly birth, DateOnly today, string subject)
    {
        var age = IdDocuments.AgeOn(birth, today);
        if (age >= VolunteerRules.AdultAge)
        {
            return null;
        }

        if (guardian is null)
        {
            throw new DomainException(VolunteerErrors.GuardianRequired, subject);
        }

        var guardianId = IdDocuments.Check(IdDocumentType.ResidentIdCard, guardian.IdNumber, today);
        var name = guardian.Name.Trim();
        var relation = guardian.Relation.Trim();
        var phone = guardian.Phone.Trim();
        if (name.Length is 0 or > VolunteerRules.MaxGuardianNameLength
            || relation.Length is 0 or > VolunteerRules.MaxRelationLength
            || !VolunteerRules.IsMobilePhone(phone)
            || !guardianId.IsValid
            || IdDocuments.AgeOn(guardianId.BirthDate!.Value, today) < VolunteerRules.AdultAge
            || guardian.ConsentDate > today
            || guardian.ConsentDate < birth)
        {
            throw new DomainException(VolunteerErrors.GuardianInvalid, subject);
        }

        return age < VolunteerRules.ChildAge && !guardian.ConsentsToDataProcessing
            ? throw new DomainException(VolunteerErrors.GuardianDataConsentRequired, subject)
            : guardian with { Name = name, Relation = relation, Phone = phone, IdNumber = guardianId.Normalized };
    }
}
