using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Evaluations;

public static class RecordRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxTitleLength = 100;
    public const int MaxTextLength = 500;

    /// <summary>A commendation names what it is and who granted it, and is recorded once granted, not ahead.</summary>
    /// <returns>The trimmed title and granting body.</returns>
    public static (string Title, string GrantingBody) Commendation(string title, string grantingBody, DateOnly grantedOn, DateOnly today, string subject)
    {
        var cleanTitle = title.Trim();
        var body = grantingBody.Trim();
        return cleanTitle.Length is 0 or > MaxTitleLength || body.Length is 0 or > MaxTitleLength || grantedOn > today
            ? throw new DomainException(RecordErrors.CommendationInvalid, subject)
            : (cleanTitle, body);
    }

    /// <summary>A complaint names who complains and what about; throws the rule it breaks.</summary>
    /// <returns>Both, trimmed.</returns>
    public static (string Complainant, string Content) Complaint(string complainant, string content, string subject)
    {
        var who = complainant.Trim();
        var text = content.Trim();
        return who.Length is 0 or > MaxTitleLength || text.Length is 0 or > MaxTextLength
            ? throw new DomainException(RecordErrors.ComplaintInvalid, subject)
            : (who, text);
    }

    /// <summary>A verification says what was found; throws when it says nothing or too much.</summary>
    public static string VerificationNote(string note, string subject)
    {
        var text = note.Trim();
        return text.Length is 0 or > MaxTextLength ? throw new DomainException(RecordErrors.ComplaintInvalid, subject) : text;
    }

    /// <summary>A22: of the complaints, only one verified as true goes on the volunteer's record.</summary>
    public static bool IsOnRecord(ComplaintStatus complaintStatus) => complaintStatus == ComplaintStatus.Upheld;
}
