using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Admin.Pages.Organizations;

/// <param name="InMonth">False for the days of the neighbouring months that fill the first and last week.</param>
/// <param name="Holiday">The State Council holiday on that day, if any.</param>
public sealed record CalendarCell(DateOnly Date, bool InMonth, string? Holiday, IReadOnlyList<ActivityRow> Activities);
