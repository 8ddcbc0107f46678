namespace VolunteerRecords.Grains.Matching;

/// <summary>Rule codes of needs, projects and service bases (A19); each is a key in the Admin's resource files.</summary>
public static class MatchingErrors
{
    public const string NotFound = "Matching.NotFound";
    public const string AlreadyExists = "Matching.AlreadyExists";
    public const string NotAllowed = "Matching.NotAllowed";
    public const string TextInvalid = "Matching.TextInvalid";
    public const string DatesInvalid = "Matching.DatesInvalid";
    public const string VolunteersInvalid = "Matching.VolunteersInvalid";
    public const string NeedTaken = "Matching.NeedTaken";
    public const string AlreadyClaimed = "Matching.AlreadyClaimed";
    public const string NotTeamLeader = "Matching.NotTeamLeader";
    public const string NotClaimed = "Matching.NotClaimed";
}
