namespace VolunteerRecords.Grains.Calendar;

/// <summary>Rule codes; each is a key in the resource files.</summary>
public static class CalendarErrors
{
    public const string NotAllowed = "Calendar.NotAllowed";
    public const string YearOutOfRange = "Calendar.YearOutOfRange";
    public const string DayOutsideYear = "Calendar.DayOutsideYear";
    public const string DayTwice = "Calendar.DayTwice";
    public const string NameInvalid = "Calendar.NameInvalid";
    public const string WorkdayNotWeekend = "Calendar.WorkdayNotWeekend";
    public const string StatutoryHolidayWorked = "Calendar.StatutoryHolidayWorked";
    public const string NoDays = "Calendar.NoDays";
}
