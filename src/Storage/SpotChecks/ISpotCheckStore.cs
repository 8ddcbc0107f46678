namespace VolunteerRecords.Storage.SpotChecks;

public interface ISpotCheckStore
{
    /// <summary>
    /// Writes the check and draws its entries at random, in one transaction: current certified entries (more than zero
    /// minutes) starting in the period, of organizations in <paramref name="regionCodes"/> (null: the whole city). A
    /// check already written is left as it is.
    /// </summary>
    Task DrawAsync(SpotCheckRow check, IReadOnlyCollection<string>? regionCodes, CancellationToken cancellationToken = default);

    Task<SpotCheckRow?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <param name="regionCodes">Checks drawn for these regions; null for every check.</param>
    Task<IReadOnlyList<SpotCheckRow>> ListAsync(IReadOnlyCollection<string>? regionCodes, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SpotCheckItemRow>> ItemsAsync(string checkId, CancellationToken cancellationToken = default);

    Task<SpotCheckItemRow?> FindItemAsync(string checkId, string rootId, CancellationToken cancellationToken = default);

    /// <summary>The organization's entries whose last verdict is a question: its queue to answer.</summary>
    Task<IReadOnlyList<SpotCheckItemRow>> QuestionedAsync(string organizationId, CancellationToken cancellationToken = default);

    Task<bool> HasOperationAsync(string operationId, CancellationToken cancellationToken = default);

    /// <returns>false when the operation was written before (a repeat).</returns>
    Task<bool> AppendAsync(SpotCheckEvent step, CancellationToken cancellationToken = default);
}
