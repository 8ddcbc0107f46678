using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Grains.Campaigns;

public static class CampaignRules
{
    public const int MaxNameLength = 100;
    public const int MaxPlaces = 100;
    public const int MaxHours = 10_000;

    /// <summary>A period longer than this is not a selection period but a lifetime.</summary>
    public const int MaxPeriodDays = 366 * 5;

    /// <summary>The reviewer sees three candidates per place, and never fewer than ten, to choose among.</summary>
    public static int Keep(int places) => Math.Max(places * 3, 10);

    public static bool CriteriaValid(CampaignCriteria criteria, int highestStar) =>
        criteria.MinHours is >= 0 and <= MaxHours
        && criteria.MinStarLevel >= 0 && criteria.MinStarLevel <= highestStar
        && criteria.MinEvaluation is null or (>= RecordRules.MinScore and <= RecordRules.MaxScore);

    /// <summary>
    /// The round to select when asked on <paramref name="today"/>: a yearly campaign's latest period that has ended (its
    /// first while none has), a once campaign's only one.
    /// </summary>
    public static int RoundFor(DefineCampaign campaign, DateOnly today)
    {
        if (campaign.Schedule == CampaignSchedule.Once)
        {
            return 1;
        }

        var round = 1;
        while (campaign.PeriodTo.AddYears(round) < today)
        {
            round++;
        }

        return round;
    }

    public static (DateOnly From, DateOnly To) PeriodOf(DefineCampaign campaign, int round) =>
        (campaign.PeriodFrom.AddYears(round - 1), campaign.PeriodTo.AddYears(round - 1));
}
