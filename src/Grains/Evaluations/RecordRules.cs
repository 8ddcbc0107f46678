using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.RecordBook;

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

    /// <summary>A22: of the complaints, only one verified as true goes on the volunteer's record.</summary>
    public static bool IsOnRecord(ComplaintRow complaint) => complaint.Status == ComplaintStatus.Upheld;
}
