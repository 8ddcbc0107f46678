namespace VolunteerRecords.Storage.Accounts;

/// <summary>One signed-in session of an account, as its owner sees it in the session list.</summary>
public sealed class SessionRecord
{
    public string Id { get; init; } = "";

    public string AccountId { get; init; } = "";

    public DateTime StartedUtc { get; init; }

    /// <summary>The absolute end: however active, the session ends here and a new sign-in is needed.</summary>
    public DateTime ExpiresUtc { get; init; }

    public DateTime? EndedUtc { get; init; }

    public string? RemoteIp { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>When the owner last proved it was them: at sign-in, and again before acts that need a fresh proof.</summary>
    public DateTime? ConfirmedUtc { get; init; }
}
