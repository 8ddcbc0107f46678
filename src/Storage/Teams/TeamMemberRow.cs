namespace VolunteerRecords.Storage.Teams;

public sealed class TeamMemberRow
{
    public string TeamId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public DateTime JoinedUtc { get; init; }

    public string? VolunteerName { get; init; }

    public string? TeamName { get; init; }
}
