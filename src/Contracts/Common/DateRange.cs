namespace VolunteerRecords.Grains.Common;

/// <summary>The dates a record can plausibly carry; anything outside is a typing error, refused rather than stored.</summary>
public static class DateRange
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool IsPlausible(DateOnly day) => day >= Earliest && day <= Latest;
}
