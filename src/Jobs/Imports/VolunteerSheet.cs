namespace VolunteerRecords.Jobs.Imports;

/// <summary>The column headings of the import sheet (the template organizations fill from their paper records).</summary>
public static class VolunteerSheet
{
    public const string Name = "姓名";
    public const string DocumentType = "证件类型";
    public const string DocumentNumber = "证件号码";
    public const string Sex = "性别";
    public const string BirthDate = "出生日期";
    public const string Residence = "居住地区";
    public const string Phone = "手机号";
    public const string Skills = "服务技能";
    public const string Intentions = "服务意向";
    public const string GuardianName = "监护人姓名";
    public const string GuardianRelation = "监护人关系";
    public const string GuardianPhone = "监护人手机号";
    public const string GuardianIdNumber = "监护人身份证号";
    public const string GuardianConsentDate = "监护人同意日期";
    public const string GuardianDataConsent = "监护人同意处理个人信息";

    public static readonly string[] Columns =
    [
        Name, DocumentType, DocumentNumber, Sex, BirthDate, Residence, Phone, Skills, Intentions,
        GuardianName, GuardianRelation, GuardianPhone, GuardianIdNumber, GuardianConsentDate, GuardianDataConsent,
    ];

    /// <summary>Large sheets belong in a background job; this bound keeps one upload within a request.</summary>
    public const int MaxRows = 1000;
}
