namespace VolunteerRecords.Grains.Organizations;

/// <summary>The bodies that keep volunteer records (A2, A11).</summary>
public enum OrganizationKind
{
    /// <summary>志愿者组织</summary>
    VolunteerOrganization,

    /// <summary>公益慈善类组织</summary>
    CharityOrganization,

    /// <summary>社会服务机构</summary>
    SocialServiceInstitution,

    /// <summary>民政局 (city or county/district)</summary>
    CivilAffairsBureau,

    /// <summary>志愿服务联合会</summary>
    VolunteerFederation,

    /// <summary>乡镇街道志愿服务工作机构</summary>
    StreetVolunteerOffice,

    /// <summary>志愿服务队（站）</summary>
    VolunteerTeam,
}
