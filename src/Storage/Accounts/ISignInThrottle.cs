namespace VolunteerRecords.Storage.Accounts;

/// <summary>Failed sign-ins per account and client address, and until when that pair must wait.</summary>
public interface ISignInThrottle
{
    Task<DateTime?> BlockedUntilAsync(string accountId, string remoteIp, CancellationToken cancellationToken = default);

    /// <summary>Counts a failure; from the threshold on, the pair waits, twice as long after each further failure.</summary>
    /// <returns>Until when the pair is blocked now, if it is.</returns>
    Task<DateTime?> RecordFailureAsync(string accountId, string remoteIp, DateTime nowUtc, int threshold, TimeSpan firstDelay, TimeSpan longestDelay, CancellationToken cancellationToken = default);

    Task ClearAsync(string accountId, string remoteIp, CancellationToken cancellationToken = default);
}
