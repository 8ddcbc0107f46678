namespace VolunteerRecords.Storage.Categories;

public interface ICategoryStore
{
    /// <summary>Every category, in the order lists show them.</summary>
    Task<IReadOnlyList<CategoryRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <returns>false when the code exists already.</returns>
    Task<bool> AddAsync(CategoryRecord category, CancellationToken cancellationToken = default);
}
