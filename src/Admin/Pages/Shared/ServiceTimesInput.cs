using VolunteerRecords.Admin.Localization;

namespace VolunteerRecords.Admin.Pages.Shared;

/// <summary>
/// The day, the times in and out (China time) and the minutes deducted, as the service-time forms post them. Only the
/// shape is checked here; what the times may be is the grain's rule.
/// </summary>
public sealed record ServiceTimesInput(DateOnly? Day, TimeOnly? From, TimeOnly? To, int? Deducted)
{
    /// <returns>false when a field is missing or unreadable.</returns>
    public bool TryRead(out DateTime startUtc, out DateTime endUtc, out int deducted)
    {
        startUtc = endUtc = default;
        deducted = 0;
        if (Day is not { } day || From is not { } from || To is not { } to || Deducted is not { } minutes)
        {
            return false;
        }

        startUtc = Cultures.ChinaToUtc(day, from);
        endUtc = Cultures.ChinaToUtc(day, to);
        deducted = minutes;
        return true;
    }
}
