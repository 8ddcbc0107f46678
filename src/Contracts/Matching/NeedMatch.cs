using VolunteerRecords.Grains.Regions;

namespace VolunteerRecords.Grains.Matching;

/// <summary>
/// How well a need fits a volunteer (A19.1 "服务对象所需、志愿者所能"): the service area among their intentions counts
/// most, then a need in their home region, then a skill the need asks for.
/// </summary>
public static class NeedMatch
{
    public static int Score(string needCategory, string needRegion, string needSkills, IReadOnlyCollection<string> intentions, string? residence, string skills)
    {
        var score = intentions.Contains(needCategory) ? 4 : 0;
        if (residence is not null && (RegionCodes.Contains(needRegion, residence) || RegionCodes.Contains(residence, needRegion)))
        {
            score += 2;
        }

        var offered = skills.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (offered.Any(skill => needSkills.Contains(skill, StringComparison.OrdinalIgnoreCase)))
        {
            score += 1;
        }

        return score;
    }

    private static readonly char[] Separators = ['、', ',', '，', ';', '；', ' '];
}
