using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;

namespace VolunteerRecords.Grains.Stars;

/// <summary>A volunteer's star level (A26), keyed by her id: applied for one level at a time, granted by a reviewer on the hours.</summary>
[Alias("vr.IStarGrain")]
public interface IStarGrain : IGrainWithGuidKey
{
    /// <summary>The volunteer applies for the next star level, once the hours reach it (A26: 依次申请评定).</summary>
    [Alias("Apply")]
    Task<VolunteerProfile> ApplyAsync(int level, CommandContext context);

    /// <summary>A reviewer (admin of a member organization, or a bureau) grants the applied level or declines with a reason.</summary>
    [Alias("Decide")]
    Task<VolunteerProfile> DecideAsync(int level, bool grant, string? reason, CommandContext context);

    /// <summary>After a correction took the hours below the level's threshold: keep the level, or lower it to what the hours reach.</summary>
    [Alias("ResolveReview")]
    Task<VolunteerProfile> ResolveReviewAsync(bool keep, string reason, CommandContext context);

    /// <summary>Her certified total changed to <paramref name="certifiedMinutes"/> at ledger position <paramref name="ledgerSeq"/>.</summary>
    [Alias("HoursChanged")]
    Task HoursChangedAsync(long certifiedMinutes, long ledgerSeq);

    /// <summary>Her standing on the ladder, given the hours her record book counts and whether her registration is revoked.</summary>
    // Read-only: her profile is put together from this while the star grain awaits the profile.
    [AlwaysInterleave]
    [Alias("GetStanding")]
    Task<StarStanding> GetStandingAsync(long certifiedMinutes, bool revoked);
}
