namespace VolunteerRecords.Admin.Pages.Honours;

/// <param name="Name">As the winner's consent allows: in full, or masked.</param>
public sealed record HonourLine(int Round, int Position, string Name, long Minutes);
