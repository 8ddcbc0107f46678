using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Volunteers;

/// <remarks>
/// Stored as JSON with its type name: keep the name and namespace stable. Identifiers are stored encrypted.
/// Memberships, sanctions and correction requests are rows, not lists here: this state stays the same size for life.
/// Her identity and standing only; her total, star and certificates are grains of their own.
/// </remarks>
[GenerateSerializer, Alias("vr.VolunteerState")]
public sealed class VolunteerState : ICommandState
{
    [Id(0)]
    public bool IsRegistered { get; set; }

    [Id(1)]
    public string VolunteerNumber { get; set; } = "";

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public string ProtectedPhone { get; set; } = "";

    [Id(4)]
    public string Skills { get; set; } = "";

    [Id(5)]
    public List<string> Intentions { get; set; } = [];

    [Id(6)]
    public DateTime RegisteredUtc { get; set; }

    [Id(7)]
    public RecentOperations Operations { get; set; } = new();

    [Id(8)]
    public IdDocumentType DocumentType { get; set; }

    [Id(9)]
    public string ProtectedDocumentNumber { get; set; } = "";

    [Id(10)]
    public Sex Sex { get; set; }

    [Id(11)]
    public DateOnly BirthDate { get; set; }

    [Id(12)]
    public string ResidenceRegionCode { get; set; } = "";

    [Id(13)]
    public GuardianState? Guardian { get; set; }

    [Id(14)]
    public VolunteerStatus Status { get; set; }

    [Id(15)]
    public int Warnings { get; set; }

    [Id(16)]
    public bool DiscloseToThirdParties { get; set; }

    [Id(17)]
    public RegistrationChannel Channel { get; set; }

    [Id(18)]
    public LastChange? LastChange { get; set; }

    /// <summary>The sanction recorded with <see cref="LastChange"/>, re-published with it after a retry.</summary>
    [Id(19)]
    public SanctionKind? LastSanction { get; set; }

    [Id(20)]
    public Guid? LastSanctionOrganization { get; set; }

    // Ids 21 to 25 are retired, never to be reused: her total moved to her record book (derived from the ledger
    // again on its first activation), her star to her star grain (read from her history of steps).

    /// <summary>The organization that registered her on the spot or by import; it alone may enrol her without an invitation.</summary>
    [Id(26)]
    public Guid? RegisteredBy { get; set; }

    /// <summary>For a minor: her guardian agreed to the disclosure, which alone makes her name public.</summary>
    [Id(27)]
    public bool DisclosureGuardianAgreed { get; set; }

    /// <summary>Set with the registration, cleared once her account row exists.</summary>
    [Id(28)]
    public PendingAccount? PendingAccount { get; set; }

    /// <summary>Her profile as she and authorised officers see it: identifiers masked, her total and star from their own grains.</summary>
    public VolunteerProfile ToProfile(Guid id, PersonalDataProtector personalData, RecordBookTotals totals, StarStanding star, DateOnly today) =>
        new(
            id,
            VolunteerNumber,
            Name,
            DocumentType,
            IdDocuments.Mask(personalData.Unprotect(ProtectedDocumentNumber)),
            Sex,
            BirthDate,
            ResidenceRegionCode,
            PersonalDataProtector.Mask(personalData.Unprotect(ProtectedPhone), 3, 4),
            Skills,
            Intentions,
            Status,
            Warnings,
            DiscloseToThirdParties,
            Guardian?.Name,
            Guardian?.Relation,
            Channel,
            RegisteredUtc,
            totals.CertifiedMinutes,
            star,
            VolunteerRules.NameIsPublic(IdDocuments.AgeOn(BirthDate, today), DiscloseToThirdParties, DisclosureGuardianAgreed),
            totals.LedgerPosition);
}
