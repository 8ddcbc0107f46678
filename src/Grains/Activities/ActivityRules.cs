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
}
