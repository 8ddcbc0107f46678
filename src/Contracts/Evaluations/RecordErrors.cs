namespace VolunteerRecords.Grains.Evaluations;

/// <summary>Rule codes of A22 (evaluations, commendations, complaints); each is a key in the Admin's resource files.</summary>
public static class RecordErrors
{
    public const string NotEnded = "Record.NotEnded";
    public const string ScoreInvalid = "Record.ScoreInvalid";
    public const string AlreadyEvaluated = "Record.AlreadyEvaluated";
    public const string CommendationInvalid = "Record.CommendationInvalid";
    public const string ComplaintInvalid = "Record.ComplaintInvalid";
    public const string ComplaintNotFound = "Record.ComplaintNotFound";
    public const string ComplaintDecided = "Record.ComplaintDecided";
    public const string NotAllowed = "Record.NotAllowed";
}
