namespace VolunteerRecords.Grains.Training;

/// <summary>What training covers, as A15 lists it.</summary>
public enum TrainingTopic
{
    /// <summary>志愿服务宗旨、理念</summary>
    PurposeAndIdeals,

    /// <summary>志愿服务的有关规定</summary>
    Regulations,

    /// <summary>志愿服务岗位职责</summary>
    PostDuties,

    /// <summary>有关法律法规</summary>
    LawsAndRegulations,

    /// <summary>服务流程、服务礼仪</summary>
    ProcessAndEtiquette,

    /// <summary>必须的服务技能</summary>
    ServiceSkills,

    /// <summary>沟通技巧</summary>
    Communication,
}
