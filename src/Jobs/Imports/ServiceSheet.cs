namespace VolunteerRecords.Jobs.Imports;

/// <summary>
/// The column headings of the sheet of past service an organization kept on paper before it used the platform: one
/// row per person and service, with its proof (办法 Art4, A13).
/// </summary>
public static class ServiceSheet
{
    public const string Name = "姓名";
    public const string DocumentNumber = "证件号码";
    public const string Date = "服务日期";
    public const string Start = "开始时间";
    public const string End = "结束时间";
    public const string Deducted = "扣除时长（分钟）";
    public const string Category = "服务类别";
    public const string Content = "服务内容";
    public const string Place = "服务地点";
    public const string ProofName = "证明人";
    public const string ProofContact = "证明人联系方式";
    public const string ProofNote = "证明材料";

    public static readonly string[] Columns = [Name, DocumentNumber, Date, Start, End, Deducted, Category, Content, Place, ProofName, ProofContact, ProofNote];

    public const int MaxRows = 1000;
}
