using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;

namespace VolunteerRecords.Grains.Activities;

public static class ActivityRules
{
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 4000;
    public const int MaxPlaceLength = 200;
    public const int MaxSessions = 50;
    public const int MaxQuota = 10_000;
    public const int MaxRisksLength = 2000;
    public const int MaxAgreementLength = 8000;
    public const int MaxNoticeLength = 500;

    /// <summary>An attendance sheet is appended in transactions of this many entries, within the databases' parameter limits.</summary>
    public const int MaxEntriesPerTransaction = 400;

    /// <summary>A phone photo of a sign-in sheet fits; anything larger is not a photo of one page.</summary>
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>办法 Art11: records are entered within 10 working days after the activity ends.</summary>
    public const int RecordsDueWorkingDays = 10;

    /// <summary>Working days left before the records deadline that make an organization's reminder "due soon".</summary>
    public const int RecordsDueSoonWorkingDays = 2;

    /// <summary>Closing the records ends the duty, so only an ended activity past its deadline is overdue.</summary>
    public static bool IsOverdue(ActivityStatus status, DateOnly? recordsDue, DateOnly today) =>
        status == ActivityStatus.Ended && recordsDue < today;

    /// <summary>A draft has a title and a place and a description of reasonable length; throws the rule it breaks.</summary>
    /// <returns>The texts, trimmed.</returns>
    public static (string Title, string Description, string Place) Texts(CreateActivityDraft command, string subject)
    {
        var title = command.Title.Trim();
        var description = command.Description.Trim();
        var place = command.Place.Trim();
        if (title.Length is 0 or > MaxTitleLength)
        {
            throw new DomainException(ActivityErrors.TitleInvalid, subject);
        }

        if (description.Length > MaxDescriptionLength)
        {
            throw new DomainException(ActivityErrors.DescriptionTooLong, subject);
        }

        return place.Length is 0 or > MaxPlaceLength ? throw new DomainException(ActivityErrors.PlaceInvalid, subject) : (title, description, place);
    }

    /// <summary>
    /// Sessions that do not overlap, none longer than a day; a quota; a sign-up deadline before the first session (A8);
    /// risks (A9) and an agreement (A16) of reasonable length. Throws the rule the plan breaks.
    /// </summary>
    /// <returns>The sessions in order of time, the risks and the agreement trimmed.</returns>
    public static (List<ActivitySession> Sessions, string Risks, string Agreement) Plan(ActivityPlan plan, string subject)
    {
        var sessions = plan.Sessions.OrderBy(s => s.StartUtc).ToList();
        if (sessions.Count is 0 or > MaxSessions
            || sessions.Any(s => s.EndUtc <= s.StartUtc || (s.EndUtc - s.StartUtc).TotalMinutes > ServiceRules.MaxEntryMinutes)
            || sessions.Zip(sessions.Skip(1)).Any(pair => pair.Second.StartUtc < pair.First.EndUtc)
            || sessions.Select(s => s.Id).Distinct().Count() != sessions.Count)
        {
            throw new DomainException(ActivityErrors.SessionsInvalid, subject);
        }

        if (plan.Recruitment.Quota is < 1 or > MaxQuota)
        {
            throw new DomainException(ActivityErrors.QuotaInvalid, subject);
        }

        if (plan.Recruitment.SignUpDeadlineUtc is { } deadline && deadline > sessions[0].StartUtc)
        {
            throw new DomainException(ActivityErrors.DeadlineInvalid, subject);
        }

        var risks = plan.Risks.Trim();
        var agreement = plan.Agreement.Trim();
        return risks.Length > MaxRisksLength || agreement.Length > MaxAgreementLength
            ? throw new DomainException(ActivityErrors.DescriptionTooLong, subject)
            : (sessions, risks, agreement);
    }
}
