using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Schedule;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Grains.Activities.Roster;

/// <summary>
/// The roster is rows; this grain puts sign-ups and withdrawals for one activity one after the other, so places in
/// line and the quota cannot be handed out twice.
/// </summary>
public sealed class ActivityRosterGrain(
    [PersistentState("activity-roster", StorageNames.Records)] IPersistentState<ActivityRosterState> state,
    IParticipantStore participants,
    ITeamStore teams,
    GrainAudit audit,
    TimeProvider time) : Grain, IActivityRosterGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<SignUpResult> SignUpAsync(Guid volunteerId, bool acceptsRisksAndAgreement, CommandContext context)
    {
        var terms = await TermsAsync();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        var existing = await participants.FindAsync(Key, volunteerId.ToString());
        if (existing is { Status: not ParticipantStatus.Withdrawn })
        {
            // The same form posted again is a repeat; a second sign-up is refused: one place per volunteer.
            return state.State.Operations.Contains(context.OperationId)
                ? new SignUpResult(existing.Status, existing.AcceptedUtc)
                : throw new DomainException(ActivityErrors.AlreadySignedUp, Key);
        }

        var result = await EnrolAsync(terms, volunteerId, acceptsRisksAndAgreement, null);
        await CommitAsync(context, "activity.signed-up", $"volunteer={volunteerId}; status={result.Status}");
        return result;
    }

    public async Task<IReadOnlyList<TeamSignUpResult>> SignUpTeamAsync(Guid teamId, bool acceptsRisksAndAgreement, CommandContext context)
    {
        var terms = await TermsAsync();
        var team = await GrainFactory.GetGrain<ITeamGrain>(teamId).GetDetailsAsync()
            ?? throw new DomainException(TeamErrors.NotFound, teamId.ToString());
        // The leader signs the team up and accepts the risks and the agreement for it (A8 group recruitment, A9, A16).
        if (!context.Actor.IsVolunteer(team.LeaderId))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        if (!terms.Recruitment.GroupsWelcome)
        {
            throw new DomainException(TeamErrors.GroupsNotWelcome, Key);
        }

        var results = new List<TeamSignUpResult>();
        foreach (var member in await teams.MembersAsync(teamId.ToString()))
        {
            var volunteerId = Guid.Parse(member.VolunteerId);
            if (await participants.FindAsync(Key, member.VolunteerId) is { Status: not ParticipantStatus.Withdrawn } existing)
            {
                results.Add(new TeamSignUpResult(volunteerId, existing.Status, null));
                continue;
            }

            try
            {
                // Each member is checked as if signing up alone: standing, guardian consent, membership, time.
                var result = await EnrolAsync(terms, volunteerId, acceptsRisksAndAgreement, teamId);
                results.Add(new TeamSignUpResult(volunteerId, result.Status, null));
            }
            catch (DomainException exception)
            {
                results.Add(new TeamSignUpResult(volunteerId, null, exception.Code));
            }
        }

        await CommitAsync(context, "activity.team-signed-up", $"team={teamId}; members={results.Count(r => r.ErrorCode is null)}");
        return results;
    }

    public async Task AddWalkInAsync(Guid volunteerId, CommandContext context)
    {
        var terms = await TermsAsync();
        if (await GrainFactory.ActedForByAsync(terms.OrganizationId, context.Actor) is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return;
        }

        var existing = await participants.FindAsync(Key, volunteerId.ToString());
        if (existing is { Status: ParticipantStatus.Confirmed })
        {
            throw new DomainException(ActivityErrors.AlreadySignedUp, Key);
        }

        var organization = (await GrainFactory.GetGrain<IOrganizationGrain>(terms.OrganizationId).GetProfileAsync())?.Status;
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(volunteerId).GetStandingAsync();
        bool? isMember = terms.Recruitment.MembersOnly
            ? (await GrainFactory.Membership(volunteerId, terms.OrganizationId).GetAsync()).Status == MembershipStatus.Member
            : null;
        if (SignUpRules.WalkInRefusal(terms, organization, standing, isMember, ChinaTime.Today(time)) is { } refusal)
        {
            throw new DomainException(refusal, Key);
        }

        var now = Now;
        await participants.UpsertAsync(new ParticipantRow
        {
            ActivityId = Key,
            VolunteerId = volunteerId.ToString(),
            Status = ParticipantStatus.Confirmed,
            Position = existing?.Position ?? await participants.LastPositionAsync(Key) + 1,
            SignedUpUtc = now,
            AcceptedUtc = now,
            AddedByName = context.Actor.DisplayName,
        });
        await CommitAsync(context, "activity.walk-in-added", $"volunteer={volunteerId}");
    }

    public async Task WithdrawAsync(Guid volunteerId, string notice, CommandContext context)
    {
        var terms = await TermsAsync();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        // The same withdrawal posted again (a retry after a timeout) is answered as done.
        if (await GrainCommand.IsRepeatAsync(state, context, PublishAsync))
        {
            return;
        }

        var participant = await participants.FindAsync(Key, volunteerId.ToString());
        if (participant is null || participant.Status == ParticipantStatus.Withdrawn)
        {
            throw new DomainException(ActivityErrors.NotSignedUp, Key);
        }

        // A6.8: a volunteer who withdraws tells the organization in time; the notice and its time are kept.
        var text = notice.Trim();
        if (text.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.NoticeRequired, Key);
        }

        await participants.UpsertAsync(participant.With(ParticipantStatus.Withdrawn, Now, text));
        await GrainFactory.GetGrain<IVolunteerScheduleGrain>(volunteerId).ReleaseAsync(Id);
        if (participant.Status == ParticipantStatus.Confirmed
            && terms.Status is ActivityStatus.Published or ActivityStatus.InProgress
            && await participants.FirstWaitingAsync(Key) is { } next)
        {
            await participants.UpsertAsync(next.With(ParticipantStatus.Confirmed, null, null));
        }

        await CommitAsync(context, "activity.withdrawn", $"volunteer={volunteerId}");
    }

    private async Task<SignUpResult> EnrolAsync(ActivityTerms terms, Guid volunteerId, bool acceptsRisksAndAgreement, Guid? teamId)
    {
        var organization = (await GrainFactory.GetGrain<IOrganizationGrain>(terms.OrganizationId).GetProfileAsync())?.Status;
        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(volunteerId).GetStandingAsync();
        bool? isMember = terms.Recruitment.MembersOnly
            ? (await GrainFactory.Membership(volunteerId, terms.OrganizationId).GetAsync()).Status == MembershipStatus.Member
            : null;
        if (SignUpRules.Refusal(terms, organization, standing, isMember, acceptsRisksAndAgreement, Now, ChinaTime.Today(time)) is { } refusal)
        {
            throw new DomainException(refusal, Key);
        }

        await GrainFactory.GetGrain<IVolunteerScheduleGrain>(volunteerId).CommitAsync(Id, terms.Sessions);
        // Counted from the roster rows themselves, so no count kept beside them can drift from what they say.
        var status = SignUpRules.PlaceFor(await participants.CountConfirmedAsync(Key), terms.Recruitment.Quota);
        var now = Now;
        await participants.UpsertAsync(new ParticipantRow
        {
            ActivityId = Key,
            VolunteerId = volunteerId.ToString(),
            Status = status,
            Position = await participants.LastPositionAsync(Key) + 1,
            SignedUpUtc = now,
            AcceptedUtc = now,
            TeamId = teamId?.ToString(),
        });
        return new SignUpResult(status, now);
    }

    private async Task<ActivityTerms> TermsAsync() =>
        await GrainFactory.GetGrain<IActivityGrain>(Id).GetTermsAsync() ?? throw new DomainException(ActivityErrors.NotFound, Key);

    private Task CommitAsync(CommandContext context, string @event, string detail) =>
        GrainCommand.CommitAsync(state, LastChange.From(context, @event, null, Now, detail), PublishAsync);

    private Task PublishAsync(LastChange change) => audit.RecordAsync(change, "activity", Key);
}
