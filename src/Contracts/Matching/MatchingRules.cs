using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Grains.Matching;

/// <summary>What needs, projects and bases share: texts of bounded length, and who may act for the organization.</summary>
public static class MatchingRules
{
    public const int MaxShortText = 100;
    public const int MaxLongText = 2000;
    public const int MaxVolunteers = 10_000;

    /// <summary>A required short text, trimmed; throws when empty or too long.</summary>
    public static string Short(string text, string subject) => Bounded(text, MaxShortText, required: true, subject);

    public static string Long(string text, string subject, bool required = false) => Bounded(text, MaxLongText, required, subject);

    /// <summary>The organization's staff, or a bureau over its region; and the organization active.</summary>
    public static async Task RequireActsForAsync(IGrainFactory grains, Guid organizationId, Actor actor, string subject)
    {
        var organization = await grains.ActedForByAsync(organizationId, actor);
        if (organization is null || organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(MatchingErrors.NotAllowed, subject);
        }
    }

    private static string Bounded(string text, int max, bool required, string subject)
    {
        var clean = text.Trim();
        return (required && clean.Length == 0) || clean.Length > max ? throw new DomainException(MatchingErrors.TextInvalid, subject) : clean;
    }
}
