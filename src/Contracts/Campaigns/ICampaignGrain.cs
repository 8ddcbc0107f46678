namespace VolunteerRecords.Grains.Campaigns;

/// <summary>A recognition campaign (A27, A29, A30), keyed by a random Guid.</summary>
[Alias("vr.ICampaignGrain")]
public interface ICampaignGrain : IGrainWithGuidKey
{
    /// <summary>A bureau defines the campaign for its region, or for an organization in it.</summary>
    [Alias("Define")]
    Task<CampaignDetails> DefineAsync(DefineCampaign command, Common.CommandContext context);

    /// <returns>null while not defined.</returns>
    [Alias("Get")]
    Task<CampaignDetails?> GetAsync();

    /// <summary>The round due on <paramref name="today"/>, opened if new (see <see cref="CampaignRules.RoundFor"/>).</summary>
    [Alias("OpenRound")]
    Task<int> OpenRoundAsync(DateOnly today);

    /// <summary>
    /// A reviewer asks for the round due on <paramref name="today"/> to be selected: it shows as selecting from now on, so
    /// the page follows it, while the job waits in the queue. An approved round is not selected again.
    /// </summary>
    /// <returns>The round to queue the selection job for.</returns>
    [Alias("QueueSelection")]
    Task<int> QueueSelectionAsync(DateOnly today, Common.CommandContext context);

    /// <summary>The selection job starts (or restarts) a round.</summary>
    /// <returns>null when the round is approved: nothing is selected again.</returns>
    [Alias("BeginSelection")]
    Task<RoundSelection?> BeginSelectionAsync(int round);

    [Alias("CompleteSelection")]
    Task CompleteSelectionAsync(int round, int candidates);

    /// <summary>
    /// The reviewer approves winners from the ranked candidates; each gets a commendation on their record through
    /// their grain. Approving the same list again writes nothing twice; a round is approved once.
    /// </summary>
    [Alias("Approve")]
    Task<CampaignDetails> ApproveAsync(int round, IReadOnlyList<string> winners, Common.CommandContext context);
}
