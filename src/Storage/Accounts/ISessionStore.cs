namespace VolunteerRecords.Storage.Accounts;

public interface ISessionStore
{
    Task StartAsync(SessionRecord session, CancellationToken cancellationToken = default);

    /// <returns>Whether the session is open: started, not ended, not past its absolute end.</returns>
    Task<bool> IsOpenAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>Ends one of the account's sessions; ending one that is not the account's, or ended, does nothing.</summary>
    Task EndAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>The owner proved again it was them (password, and code where enrolled).</summary>
    Task ConfirmAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <returns>When the open session was last confirmed, or null when it is not open.</returns>
    Task<DateTime?> ConfirmedAtAsync(string sessionId, string accountId, DateTime nowUtc, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SessionRecord>> OpenForAccountAsync(string accountId, DateTime nowUtc, CancellationToken cancellationToken = default);
}
