namespace VolunteerRecords.Grains.Activities;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class ActivityErrors
{
    public const string AlreadyExists = "Activity.AlreadyExists";
    public const string TitleInvalid = "Activity.TitleInvalid";
    public const string DescriptionTooLong = "Activity.DescriptionTooLong";
    public const string PlaceInvalid = "Activity.PlaceInvalid";
    public const string CategoryInvalid = "Activity.CategoryInvalid";
    public const string NotAllowed = "Activity.NotAllowed";
    public const string NotFound = "Activity.NotFound";
    public const string NotDraft = "Activity.NotDraft";
    public const string SessionsInvalid = "Activity.SessionsInvalid";
    public const string QuotaInvalid = "Activity.QuotaInvalid";
    public const string DeadlineInvalid = "Activity.DeadlineInvalid";
    public const string RisksRequired = "Activity.RisksRequired";
    public const string InsuranceRequired = "Activity.InsuranceRequired";
    public const string InsuranceInvalid = "Activity.InsuranceInvalid";
    public const string WrongStatus = "Activity.WrongStatus";
    public const string ReasonRequired = "Activity.ReasonRequired";
    public const string EndEarlyReasonRequired = "Activity.EndEarlyReasonRequired";
    public const string NoServiceReasonRequired = "Activity.NoServiceReasonRequired";
    public const string WalkInNotOpen = "Activity.WalkInNotOpen";
    public const string HeldSessionsInvalid = "Activity.HeldSessionsInvalid";
    public const string HeldTooLate = "Activity.HeldTooLate";
    public const string NotRecruiting = "Activity.NotRecruiting";
    public const string SignUpClosed = "Activity.SignUpClosed";
    public const string MembersOnly = "Activity.MembersOnly";
    public const string MustAccept = "Activity.MustAccept";
    public const string AlreadySignedUp = "Activity.AlreadySignedUp";
    public const string ScheduleConflict = "Activity.ScheduleConflict";
    public const string GuardianConsentMissing = "Activity.GuardianConsentMissing";
    public const string NotSignedUp = "Activity.NotSignedUp";
    public const string NoticeRequired = "Activity.NoticeRequired";
    public const string NotOnRoster = "Activity.NotOnRoster";
    public const string SessionUnknown = "Activity.SessionUnknown";
    public const string NotCertifiable = "Activity.NotCertifiable";
    public const string ClaimsPending = "Activity.ClaimsPending";
    public const string PhotoInvalid = "Activity.PhotoInvalid";
    public const string PhotoUnknown = "Activity.PhotoUnknown";
}
