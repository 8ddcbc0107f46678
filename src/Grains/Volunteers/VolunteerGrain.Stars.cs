using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Storage.Stars;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Star levels (A26): applied for by the volunteer one level at a time, granted by a reviewer on the hours.</summary>
public sealed partial class VolunteerGrain
{
    public async Task<VolunteerProfile> ApplyForStarAsync(int level, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (state.State.PendingStarLevel == level && state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        if (state.State.Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(StarErrors.Suspended, Key);
        }

        // 依次申请评定: the next level only, and not while another application waits.
        if (state.State.PendingStarLevel is not null)
        {
            throw new DomainException(StarErrors.ApplicationPending, Key);
        }

        if (level != state.State.StarLevel + 1 || level > stars.HighestLevel)
        {
            throw new DomainException(StarErrors.NotNextLevel, Key);
        }

        if (state.State.CertifiedMinutes < stars.ThresholdMinutes(level))
        {
            throw new DomainException(StarErrors.BelowThreshold, Key);
        }

        state.State.PendingStarLevel = level;
        await StarStepAsync(context, StarEventKind.Applied, level, null);
        await CommitAsync(context, "volunteer.star-applied", null);
        return ToProfile();
    }

    public async Task<VolunteerProfile> DecideStarAsync(int level, bool grant, string? reason, CommandContext context)
    {
        RequireRegistered();
        await RequireStarReviewerAsync(context.Actor);
        if (state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        if (state.State.PendingStarLevel != level)
        {
            throw new DomainException(StarErrors.NoApplication, Key);
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if ((!grant && why is null) || why?.Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(StarErrors.ReasonRequired, Key);
        }

        if (grant && state.State.Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(StarErrors.Suspended, Key);
        }

        // The hours are checked again at the decision: a correction may have lowered them since the application.
        if (grant && state.State.CertifiedMinutes < stars.ThresholdMinutes(level))
        {
            throw new DomainException(StarErrors.BelowThreshold, Key);
        }

        state.State.PendingStarLevel = null;
        if (grant)
        {
            state.State.StarLevel = level;
        }

        await StarStepAsync(context, grant ? StarEventKind.Granted : StarEventKind.Declined, level, why);
        await CommitAsync(context, grant ? "volunteer.star-granted" : "volunteer.star-declined", why);
        return ToProfile();
    }

    public async Task<VolunteerProfile> ResolveStarReviewAsync(bool keep, string reason, CommandContext context)
    {
        RequireRegistered();
        await RequireStarReviewerAsync(context.Actor);
        if (state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        if (!state.State.StarReviewDue)
        {
            throw new DomainException(StarErrors.NoReviewDue, Key);
        }

        var why = reason.Trim();
        if (why.Length is 0 or > ServiceRules.MaxTextLength)
        {
            throw new DomainException(StarErrors.ReasonRequired, Key);
        }

        // Lowering goes to the highest level the hours still reach; keeping leaves the granted level as it is.
        if (!keep)
        {
            state.State.StarLevel = Math.Min(state.State.StarLevel, stars.LevelFor(state.State.CertifiedMinutes));
        }

        state.State.StarReviewDue = false;
        await StarStepAsync(context, keep ? StarEventKind.Kept : StarEventKind.Lowered, state.State.StarLevel, why);
        await CommitAsync(context, keep ? "volunteer.star-kept" : "volunteer.star-lowered", why);
        return ToProfile();
    }

    /// <summary>
    /// A correction that takes the hours below the granted level's threshold flags the level for review instead of
    /// removing it: the reviewer decides whether it stands (A26, 办法 Art13).
    /// </summary>
    private async Task FlagStarIfBelowThresholdAsync()
    {
        if (state.State.StarLevel == 0 || state.State.StarReviewDue || state.State.CertifiedMinutes >= stars.ThresholdMinutes(state.State.StarLevel))
        {
            return;
        }

        state.State.StarReviewDue = true;
        _totalsUnsaved = true;
        await starHistory.AppendAsync(new StarEvent
        {
            // One flag per ledger position: counting the same rows again after a crash flags nothing twice.
            Id = $"{Key}:flag:{state.State.AppliedLedgerSeq}",
            VolunteerId = Key,
            Kind = StarEventKind.Flagged,
            Level = state.State.StarLevel,
            ByName = "",
            AtUtc = time.GetUtcNow().UtcDateTime,
        });
    }

    private Task StarStepAsync(CommandContext context, string kind, int level, string? reason) =>
        starHistory.AppendAsync(new StarEvent
        {
            Id = context.OperationId.ToString(),
            VolunteerId = Key,
            Kind = kind,
            Level = level,
            Reason = reason,
            ByName = context.Actor.DisplayName,
            AtUtc = time.GetUtcNow().UtcDateTime,
        });

    /// <summary>The admin of an organization the volunteer belongs to, or a bureau over them (A26 review).</summary>
    private async Task RequireStarReviewerAsync(Actor actor)
    {
        if (!await InScopeAsync(actor, administrator: true))
        {
            throw new DomainException(StarErrors.NotAllowed, Key);
        }

        RequireNotOwnRecord(actor);
    }

    private StarStanding StarStanding()
    {
        var level = state.State.StarLevel;
        var next = level < stars.HighestLevel ? level + 1 : (int?)null;
        var missing = next is { } n ? stars.MissingMinutes(n, state.State.CertifiedMinutes) : 0;
        var suspended = state.State.Status == VolunteerStatus.Revoked;
        return new StarStanding(
            level,
            state.State.PendingStarLevel,
            suspended,
            state.State.StarReviewDue,
            next is { } nextLevel ? (int)(stars.ThresholdMinutes(nextLevel) / 60) : null,
            ServiceRules.Hours(missing),
            next is not null && missing == 0 && !suspended && state.State.PendingStarLevel is null);
    }
}
