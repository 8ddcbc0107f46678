namespace VolunteerRecords.Admin.Pages.Activities;

/// <summary>One line of the attendance sheet: a rostered volunteer, present or not, with times in China time.</summary>
public sealed class AttendanceRow
{
    public Guid VolunteerId { get; set; }

    public string? Name { get; set; }

    public bool Present { get; set; }

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public int Deducted { get; set; }
}
