namespace VolunteerRecords.Storage.Regions;

public interface IRegionDirectory
{
    Task<IReadOnlyList<RegionRecord>> ListAsync(CancellationToken cancellationToken = default);

    Task<RegionRecord?> FindAsync(string code, CancellationToken cancellationToken = default);
}
