namespace VolunteerRecords.Storage.Stars;

public interface IStarHistory
{
    /// <summary>Appends the step once: a step with the same id is a repeat.</summary>
    Task AppendAsync(StarEvent step, CancellationToken cancellationToken = default);

    /// <summary>The volunteer's steps, newest first.</summary>
    Task<IReadOnlyList<StarEvent>> ForVolunteerAsync(string volunteerId, CancellationToken cancellationToken = default);
}
