namespace VolunteerRecords.Grains.Teams;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class TeamErrors
{
    public const string NotFound = "Team.NotFound";
    public const string AlreadyExists = "Team.AlreadyExists";
    public const string NotAllowed = "Team.NotAllowed";
    public const string NameInvalid = "Team.NameInvalid";
    public const string NotMemberOfOrganization = "Team.NotMemberOfOrganization";
    public const string AlreadyInTeam = "Team.AlreadyInTeam";
    public const string NotInTeam = "Team.NotInTeam";
    public const string LeaderMustHandOver = "Team.LeaderMustHandOver";
    public const string GroupsNotWelcome = "Team.GroupsNotWelcome";
}
