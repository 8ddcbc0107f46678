using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Tests.Volunteers;

/// <summary>Registration and sanction rules on their own, without a cluster.</summary>
public sealed class RegistrationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public void An_ID_card_states_birth_date_and_sex_and_a_passport_needs_them_typed_in_A6()
    {
        var card = RegistrationRules.Identity(People.Adult() with { Name = "  李雷 " }, Today, "v");
        var passport = People.Adult() with { DocumentType = IdDocumentType.Passport, DocumentNumber = "E12345678", BirthDate = null, Sex = null };

        Assert.Equal(("李雷", People.AdultBirth, Sex.Male), (card.Name, card.BirthDate, card.Sex));
        Assert.Equal(VolunteerErrors.BirthDateRequired, Refused(() => RegistrationRules.Identity(passport, Today, "v")));
        Assert.Equal(VolunteerErrors.NameInvalid, Refused(() => RegistrationRules.Identity(People.Adult() with { Name = " " }, Today, "v")));
    }

    [Fact]
    public void A_minor_registers_with_an_adult_guardians_consent_and_under_14_with_consent_to_her_data_A7()
    {
        var sixteen = Today.AddYears(-16);
        var twelve = Today.AddYears(-12);

        var consent = RegistrationRules.Guardian(People.Guardian() with { Name = " 王芳 " }, sixteen, Today, "v");

        Assert.Null(RegistrationRules.Guardian(null, People.AdultBirth, Today, "v"));
        Assert.Equal("王芳", consent!.Name);
        Assert.Equal(VolunteerErrors.GuardianRequired, Refused(() => RegistrationRules.Guardian(null, sixteen, Today, "v")));
        Assert.Equal(VolunteerErrors.GuardianDataConsentRequired, Refused(() => RegistrationRules.Guardian(People.Guardian(dataConsent: false), twelve, Today, "v")));
        Assert.Equal(VolunteerErrors.GuardianInvalid, Refused(() => RegistrationRules.Guardian(People.Guardian() with { IdNumber = People.ResidentId(Today.AddYears(-17)) }, sixteen, Today, "v")));
        Assert.Equal(VolunteerErrors.GuardianInvalid, Refused(() => RegistrationRules.Guardian(People.Guardian() with { ConsentDate = Today.AddDays(1) }, sixteen, Today, "v")));
    }

    [Fact]
    public void A_phone_is_a_mainland_mobile_number_and_skills_fit_in_200_characters()
    {
        Assert.Equal("13600000001", RegistrationRules.Phone(" 13600000001 ", "v"));
        Assert.Equal(VolunteerErrors.PhoneInvalid, Refused(() => RegistrationRules.Phone("0418-1234567", "v")));
        Assert.Equal(VolunteerErrors.SkillsTooLong, Refused(() => RegistrationRules.Skills(new string('急', 201), "v")));
    }

    [Fact]
    public void Only_a_bureau_reinstates_and_an_organization_admin_warns_or_revokes_A18()
    {
        Assert.Equal((VolunteerStatus.Revoked, 0), SanctionRules.Apply(SanctionKind.Revocation, VolunteerStatus.Registered, 0, false, true, "v"));
        Assert.Equal((VolunteerStatus.Registered, 2), SanctionRules.Apply(SanctionKind.Warning, VolunteerStatus.Registered, 1, true, false, "v"));
        Assert.Equal((VolunteerStatus.Registered, 0), SanctionRules.Apply(SanctionKind.Reinstatement, VolunteerStatus.Revoked, 0, true, false, "v"));
        Assert.Equal(VolunteerErrors.NotAllowed, Refused(() => SanctionRules.Apply(SanctionKind.Reinstatement, VolunteerStatus.Revoked, 0, false, true, "v")));
        Assert.Equal(VolunteerErrors.NotAllowed, Refused(() => SanctionRules.Apply(SanctionKind.Warning, VolunteerStatus.Registered, 0, false, false, "v")));
        Assert.Equal(VolunteerErrors.Revoked, Refused(() => SanctionRules.Apply(SanctionKind.Revocation, VolunteerStatus.Revoked, 0, true, false, "v")));
        Assert.Equal(VolunteerErrors.NotRevoked, Refused(() => SanctionRules.Apply(SanctionKind.Reinstatement, VolunteerStatus.Registered, 0, true, false, "v")));
        Assert.Equal(VolunteerErrors.ReasonRequired, Refused(() => SanctionRules.Reason("  ", "v")));
    }

    private static string Refused(Func<object?> rule) => Assert.Throws<DomainException>(rule).Code;
}
