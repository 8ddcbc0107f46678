namespace VolunteerRecords.Storage.Honours;

public interface IHonourStore
{
    /// <summary>Adds the honour; the same id again changes nothing.</summary>
    Task AddAsync(HonourRow row, CancellationToken cancellationToken = default);

    /// <summary>The organization's honours and those of its projects, newest first.</summary>
    Task<IReadOnlyList<HonourRow>> ForOrganizationAsync(string organizationId, CancellationToken cancellationToken = default);
}
