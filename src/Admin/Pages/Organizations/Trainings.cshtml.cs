using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Training;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Training;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <summary>The organization's trainings (A14), newest first, and the form to arrange one with its A15 topics.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TrainingsModel(IGrainFactory grains, ITrainingStore trainings, IStringLocalizer<SharedResource> localizer)
    : OrganizationPageModel(grains, localizer)
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public TrainingInput Input { get; set; } = new();

    public Page<TrainingRow> Trainings { get; private set; } = new([], 0, 1, 20);

    public Task<IActionResult> OnGetAsync(Guid id)
    {
        Input = new TrainingInput { OperationId = Guid.NewGuid() };
        return ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id);
        }

        var trainingId = Guid.NewGuid();
        var command = new ScheduleTraining(
            id, Input.Name ?? "", Input.Content ?? "", Input.Provider ?? "", Input.HeldOn!.Value, Input.DurationMinutes!.Value, Input.Topics);
        return await ApplyAsync(
            id,
            () => Grains.GetGrain<ITrainingGrain>(trainingId).ScheduleAsync(command, HttpContext.CommandContext(Input.OperationId)),
            () => RedirectToPage("/Trainings/Details", new { id = trainingId }));
    }

    protected override async Task LoadPageAsync(Guid id) =>
        Trainings = await trainings.ListForOrganizationAsync(id.ToString(), PageNumber, 20);

    public sealed class TrainingInput
    {
        public Guid OperationId { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Training.Name")]
        public string? Name { get; set; }

        [Display(Name = "Training.Content")]
        public string? Content { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Training.Provider")]
        public string? Provider { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Training.HeldOn")]
        public DateOnly? HeldOn { get; set; }

        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Training.Duration")]
        public int? DurationMinutes { get; set; }

        public List<TrainingTopic> Topics { get; set; } = [];
    }
}
