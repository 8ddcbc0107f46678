using Orleans.Concurrency;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Matching;

/// <summary>A service project (A19.2, A19.3), keyed by a random Guid.</summary>
[Alias("vr.IProjectGrain")]
public interface IProjectGrain : IGrainWithGuidKey
{
    /// <summary>The organization's staff plan it, from one of its open needs or on its own.</summary>
    [Alias("Create")]
    Task<ProjectDetails> CreateAsync(ProjectPlan plan, CommandContext context);

    /// <summary>A team's leader claims it for the team; a claimed project cannot be claimed again (A19.2).</summary>
    [Alias("Claim")]
    Task<ProjectDetails> ClaimAsync(Guid teamId, CommandContext context);

    /// <summary>The organization completes it with the summary (A19.3).</summary>
    [Alias("Complete")]
    Task<ProjectDetails> CompleteAsync(string summary, CommandContext context);

    [AlwaysInterleave]
    [Alias("Get")]
    Task<ProjectDetails?> GetAsync();

    /// <summary>A bureau commends the project (A27): the honour goes on the record of the organization that runs it.</summary>
    [Alias("Commend")]
    Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context);
}
