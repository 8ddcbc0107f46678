using System.ComponentModel.DataAnnotations;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Admin.Pages.Shared;

/// <summary>What every form that opens a staff or bureau account asks: the sign-in name, the person's name, the unmask grant.</summary>
public abstract class NewAccountInput
{
    [Required(ErrorMessage = "Validation.Required")]
    public Guid OperationId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(32, MinimumLength = 3, ErrorMessage = "Organization.StaffUserNameInvalid")]
    [Display(Name = "Staff.UserName")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(OrganizationRules.MaxContactNameLength, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Staff.DisplayName")]
    public string DisplayName { get; set; } = "";

    public bool CanUnmask { get; set; }
}
