using System.ComponentModel.DataAnnotations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Admin.Pages.Volunteers;

/// <summary>The identity fields of a registration form (A6.1, 办法 Art5); the grain decides what they must satisfy.</summary>
public sealed class VolunteerInput
{
    [Required(ErrorMessage = "Validation.Required")]
    public Guid OperationId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(VolunteerRules.MaxNameLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Volunteer.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Volunteer.DocumentType")]
    public IdDocumentType? DocumentType { get; set; } = IdDocumentType.ResidentIdCard;

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(IdDocuments.MaxPassportLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Volunteer.DocumentNumber")]
    public string DocumentNumber { get; set; } = "";

    [Display(Name = "Volunteer.Sex")]
    public Sex? Sex { get; set; }

    [Display(Name = "Volunteer.BirthDate")]
    public DateOnly? BirthDate { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Volunteer.Residence")]
    public string ResidenceRegionCode { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [RegularExpression(@"^\s*1[3-9]\d{9}\s*$", ErrorMessage = "Volunteer.PhoneInvalid")]
    [Display(Name = "Volunteer.Phone")]
    public string Phone { get; set; } = "";

    [StringLength(VolunteerRules.MaxSkillsLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Volunteer.Skills")]
    public string? Skills { get; set; }

    public List<string> Intentions { get; set; } = [];

    [StringLength(VolunteerRules.MaxGuardianNameLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Guardian.Name")]
    public string? GuardianName { get; set; }

    [StringLength(VolunteerRules.MaxRelationLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Guardian.Relation")]
    public string? GuardianRelation { get; set; }

    [Display(Name = "Guardian.Phone")]
    public string? GuardianPhone { get; set; }

    [Display(Name = "Guardian.IdNumber")]
    public string? GuardianIdNumber { get; set; }

    [Display(Name = "Guardian.ConsentDate")]
    public DateOnly? GuardianConsentDate { get; set; }

    [Display(Name = "Guardian.DataConsent")]
    public bool GuardianDataConsent { get; set; }

    public RegisterVolunteer ToCommand(string passwordHash, RegistrationChannel channel = RegistrationChannel.Self, Guid? organizationId = null, bool personConsented = false) => new(
        Name,
        DocumentType!.Value,
        DocumentNumber,
        Sex,
        BirthDate,
        ResidenceRegionCode,
        Phone,
        passwordHash,
        Skills ?? "",
        Intentions,
        string.IsNullOrWhiteSpace(GuardianName)
            ? null
            : new GuardianConsent(GuardianName, GuardianRelation ?? "", GuardianPhone ?? "", GuardianIdNumber ?? "", GuardianConsentDate ?? DateOnly.MinValue, GuardianDataConsent),
        channel,
        organizationId,
        personConsented,
        MustChangePassword: channel != RegistrationChannel.Self);
}
