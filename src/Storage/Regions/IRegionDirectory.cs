namespace VolunteerRecords.Storage.Regions;

public interface IRegionDirectory
{
    Task<IReadOnlyList<RegionRecord>> ListAsync(CancellationToken cancellationToken = default);

    Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken = default);

    /// <returns>false when the code exists already.</returns>
    Task<bool> AddAsync(RegionRecord region, CancellationToken cancellationToken = default);

    Task RenameAsync(string code, string name, CancellationToken cancellationToken = default);
}
