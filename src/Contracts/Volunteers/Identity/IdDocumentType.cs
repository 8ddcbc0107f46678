namespace VolunteerRecords.Grains.Volunteers.Identity;

/// <summary>The identity documents 办法 Art5 accepts as 身份证件.</summary>
public enum IdDocumentType
{
    /// <summary>居民身份证 (GB 11643, 18 characters).</summary>
    ResidentIdCard,

    /// <summary>港澳台居民居住证: 18 characters, same check character, address code 810000/820000/830000.</summary>
    HkMacaoTaiwanResidencePermit,

    /// <summary>外国人永久居留身份证 (2023 version): 18 characters, same check character, first digit 9.</summary>
    ForeignPermanentResidentCard,

    /// <summary>护照: no check character; birth date and sex are entered by hand.</summary>
    Passport,
}
