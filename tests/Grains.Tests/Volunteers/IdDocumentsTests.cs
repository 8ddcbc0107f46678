using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Tests.Volunteers;

public sealed class IdDocumentsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("210902199003071237", 1990, 3, 7, Sex.Male)]
    [InlineData("210922201006150024", 2010, 6, 15, Sex.Female)]
    [InlineData("21090220081129002x", 2008, 11, 29, Sex.Female)]
    [InlineData(" 110105201501010017 ", 2015, 1, 1, Sex.Male)]
    public void Resident_id_gives_birth_date_and_sex_A6(string number, int year, int month, int day, Sex sex)
    {
        var check = IdDocuments.Check(IdDocumentType.ResidentIdCard, number, Today);

        Assert.True(check.IsValid);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
        Assert.Equal(sex, check.Sex);
        Assert.Equal(number.Trim().ToUpperInvariant(), check.Normalized);
    }

    [Theory]
    [InlineData("210902199003071238", IdErrors.IdNumberCheckCharacter)]
    [InlineData("21090219900307123", IdErrors.IdNumberFormat)]
    [InlineData("2109021990030712377", IdErrors.IdNumberFormat)]
    [InlineData("21090219900307123A", IdErrors.IdNumberFormat)]
    [InlineData("810000199001010019", IdErrors.IdNumberRegion)]
    [InlineData("210902199002301234", IdErrors.IdNumberCheckCharacter)]
    public void Resident_id_with_a_wrong_character_or_region_is_refused_A6(string number, string code) =>
        Assert.Equal(code, IdDocuments.Check(IdDocumentType.ResidentIdCard, number, Today).ErrorCode);

    [Fact]
    public void Resident_id_with_an_impossible_or_future_birth_date_is_refused_A6()
    {
        Assert.Equal(IdErrors.IdNumberBirthDate, IdDocuments.Check(IdDocumentType.ResidentIdCard, WithCheck("21090219900230123"), Today).ErrorCode);
        Assert.Equal(IdErrors.IdNumberBirthDate, IdDocuments.Check(IdDocumentType.ResidentIdCard, WithCheck("21090220270101123"), Today).ErrorCode);
    }

    [Fact]
    public void Abolished_county_codes_are_accepted_because_only_the_province_is_checked_A6() =>
        Assert.True(IdDocuments.Check(IdDocumentType.ResidentIdCard, WithCheck("21099919900101123"), Today).IsValid);

    [Fact]
    public void Permits_use_their_own_address_codes_A6()
    {
        Assert.True(IdDocuments.Check(IdDocumentType.HkMacaoTaiwanResidencePermit, "810000199001010019", Today).IsValid);
        Assert.True(IdDocuments.Check(IdDocumentType.ForeignPermanentResidentCard, "910156199001010044", Today).IsValid);
        Assert.Equal(IdErrors.IdNumberRegion, IdDocuments.Check(IdDocumentType.HkMacaoTaiwanResidencePermit, "210902199003071237", Today).ErrorCode);
    }

    [Theory]
    [InlineData("E12345678", true)]
    [InlineData("e1234", true)]
    [InlineData("E12", false)]
    [InlineData("E1234-5678", false)]
    public void Passports_are_checked_for_shape_only(string number, bool valid) =>
        Assert.Equal(valid, IdDocuments.Check(IdDocumentType.Passport, number, Today).IsValid);

    [Theory]
    [InlineData(2008, 11, 29, 18)]
    [InlineData(2008, 11, 30, 17)]
    [InlineData(2012, 11, 30, 13)]
    public void Age_counts_full_years_A7(int year, int month, int day, int age) =>
        Assert.Equal(age, IdDocuments.AgeOn(new DateOnly(year, month, day), Today));

    [Fact]
    public void Mask_shows_the_first_and_last_four() =>
        Assert.Equal("2109**********1237", IdDocuments.Mask("210902199003071237"));

    private static string WithCheck(string first17) => first17 + IdDocuments.CheckCharacter(first17);
}
