namespace VolunteerRecords.Storage.Matching;

/// <summary>Needs, projects and service bases (A19): the grains' projections and the roll-ups of their activities.</summary>
public interface IMatchingStore
{
    Task UpsertNeedAsync(NeedRow need, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<NeedRow>> OpenNeedsAsync(NeedSearch search, CancellationToken cancellationToken = default);

    Task UpsertProjectAsync(ProjectRow project, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProjectRow>> ProjectsAsync(string? organizationId, CancellationToken cancellationToken = default);

    /// <summary>Projects no team has claimed yet, with the area, region and skills of the need they answer.</summary>
    Task<IReadOnlyList<OpenProjectRow>> OpenProjectsAsync(int limit, CancellationToken cancellationToken = default);

    Task UpsertBaseAsync(ServiceBaseRow serviceBase, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ServiceBaseRow>> BasesAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <summary>Certified hours (current entries), volunteers, evaluations of the activities linked through the column.</summary>
    /// <param name="link">"project_id" or "base_id".</param>
    Task<ServiceRollup> RollupAsync(string link, string id, CancellationToken cancellationToken = default);

    /// <summary>The linked activities, newest first.</summary>
    Task<IReadOnlyList<Activities.ActivityRow>> LinkedActivitiesAsync(string link, string id, CancellationToken cancellationToken = default);
}
