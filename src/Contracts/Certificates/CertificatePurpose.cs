namespace VolunteerRecords.Grains.Certificates;

/// <summary>What a certificate of service is for (A25).</summary>
public enum CertificatePurpose
{
    /// <summary>升学</summary>
    SchoolAdmission,

    /// <summary>入伍</summary>
    Enlistment,

    /// <summary>就业</summary>
    Employment,

    /// <summary>其他</summary>
    Other,
}
