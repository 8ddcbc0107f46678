using System.Security.Cryptography;
using System.Text;
using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Matching;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Teams;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Activities;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Calendar;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Proofs;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Teams;

namespace VolunteerRecords.Grains.Activities;

public sealed class ActivityGrain(
    [PersistentState("activity", StorageNames.Records)] IPersistentState<ActivityState> state,
    IActivityReadModel readModel,
    IParticipantStore participants,
    IRecordBook records,
    IServiceClaimStore claims,
    IServiceLedger ledger,
    IProofPhotoStore photos,
    ITeamStore teams,
    ICalendarStore calendar,
    GrainAudit audit,
    TimeProvider time) : Grain, IActivityGrain
{
    private WorkingDayCalendar? _calendar;

    private string Key => this.GetPrimaryKey().ToString();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<ActivityDetails> CreateDraftAsync(CreateActivityDraft command, CommandContext context)
    {
        var id = Key;
        if (state.State.Operations.Contains(context.OperationId))
        {
            await PublishChangeAsync();
            return await DetailsAsync();
        }

        if (state.State.Exists)
        {
            throw new DomainException(ActivityErrors.AlreadyExists, id);
        }

        var title = command.Title.Trim();
        var description = command.Description.Trim();
        var place = command.Place.Trim();
        if (title.Length == 0 || title.Length > ActivityRules.MaxTitleLength)
        {
            throw new DomainException(ActivityErrors.TitleInvalid, id);
        }

        if (description.Length > ActivityRules.MaxDescriptionLength)
        {
            throw new DomainException(ActivityErrors.DescriptionTooLong, id);
        }

        if (place.Length == 0 || place.Length > ActivityRules.MaxPlaceLength)
        {
            throw new DomainException(ActivityErrors.PlaceInvalid, id);
        }

        if (!await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync([command.Category]))
        {
            throw new DomainException(ActivityErrors.CategoryInvalid, id);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, command.OrganizationId.ToString());
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, command.OrganizationId.ToString());
        }

        if (!context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(ActivityErrors.NotAllowed, id);
        }

        // A19: an activity carries out a project of the organization and may be held at one of its service bases.
        if (command.ProjectId is { } project
            && (await GrainFactory.GetGrain<IProjectGrain>(project).GetAsync())?.Plan.OrganizationId != organization.Id)
        {
            throw new DomainException(MatchingErrors.NotFound, id);
        }

        if (command.BaseId is { } serviceBase
            && (await GrainFactory.GetGrain<IServiceBaseGrain>(serviceBase).GetAsync())?.OrganizationId != organization.Id)
        {
            throw new DomainException(MatchingErrors.NotFound, id);
        }

        state.State.Exists = true;
        state.State.ProjectId = command.ProjectId;
        state.State.BaseId = command.BaseId;
        state.State.OrganizationId = command.OrganizationId;
        state.State.Title = title;
        state.State.Category = command.Category;
        state.State.Description = description;
        state.State.Place = place;
        state.State.Status = ActivityStatus.Draft;
        state.State.CreatedUtc = Now;
        await CommitAsync(context, "activity.draft-created", $"organization={command.OrganizationId}");
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> UpdatePlanAsync(ActivityPlan plan, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft);
        var sessions = plan.Sessions.OrderBy(s => s.StartUtc).ToList();
        if (sessions.Count is 0 or > ActivityRules.MaxSessions
            || sessions.Any(s => s.EndUtc <= s.StartUtc || (s.EndUtc - s.StartUtc).TotalMinutes > ServiceRules.MaxEntryMinutes)
            || sessions.Zip(sessions.Skip(1)).Any(pair => pair.Second.StartUtc < pair.First.EndUtc)
            || sessions.Select(s => s.Id).Distinct().Count() != sessions.Count)
        {
            throw new DomainException(ActivityErrors.SessionsInvalid, Key);
        }

        if (plan.Recruitment.Quota is < 1 or > ActivityRules.MaxQuota)
        {
            throw new DomainException(ActivityErrors.QuotaInvalid, Key);
        }

        if (plan.Recruitment.SignUpDeadlineUtc is { } deadline && deadline > sessions[0].StartUtc)
        {
            throw new DomainException(ActivityErrors.DeadlineInvalid, Key);
        }

        var risks = plan.Risks.Trim();
        var agreement = plan.Agreement.Trim();
        if (risks.Length > ActivityRules.MaxRisksLength || agreement.Length > ActivityRules.MaxAgreementLength)
        {
            throw new DomainException(ActivityErrors.DescriptionTooLong, Key);
        }

        state.State.Sessions = sessions;
        state.State.Recruitment = plan.Recruitment with { SignUpDeadlineUtc = plan.Recruitment.Standing ? null : plan.Recruitment.SignUpDeadlineUtc };
        state.State.Risks = risks;
        state.State.Agreement = agreement;
        state.State.MajorEvent = plan.MajorEvent;
        await CommitAsync(context, "activity.plan-updated", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> RecordInsuranceAsync(InsurancePolicy insurance, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft, ActivityStatus.Published);
        var insurer = insurance.Insurer.Trim();
        var policy = insurance.PolicyNumber.Trim();
        if (insurer.Length is 0 or > 100 || policy.Length is 0 or > 64 || insurance.CoverTo < insurance.CoverFrom)
        {
            throw new DomainException(ActivityErrors.InsuranceInvalid, Key);
        }

        state.State.Insurance = new InsurancePolicy(insurer, policy, insurance.CoverFrom, insurance.CoverTo);
        await CommitAsync(context, "activity.insurance-recorded", null);
        return await DetailsAsync();
    }

    public async Task<ActivityDetails> PublishAsync(CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft);
        await RequireActiveOrganizationAsync();
        if (state.State.Sessions.Count == 0 || state.State.Sessions[0].StartUtc <= Now)
        {
            throw new DomainException(ActivityErrors.SessionsInvalid, Key);
        }

        // A9: the information published states the risks volunteers may meet.
        if (state.State.Risks.Length == 0)
        {
            throw new DomainException(ActivityErrors.RisksRequired, Key);
        }

        // A18.2: major events and emergency service are insured before they start, for every day of every session.
        if (ToDetails().NeedsInsurance && !InsuranceCoversSessions())
        {
            throw new DomainException(ActivityErrors.InsuranceRequired, Key);
        }

        state.State.Status = ActivityStatus.Published;
        await CommitAsync(context, "activity.published", null);
        return await DetailsAsync();
    }

    public Task<ActivityDetails> StartAsync(CommandContext context) =>
        MoveAsync(context, ActivityStatus.InProgress, "activity.started", ActivityStatus.Published);

    public Task<ActivityDetails> EndAsync(CommandContext context) =>
        MoveAsync(context, ActivityStatus.Ended, "activity.ended", ActivityStatus.InProgress);

    public async Task<ActivityDetails> CloseRecordsAsync(CommandContext context)
    {
        // A claim left waiting would be shut out for good: decide every claim before closing.
        if (!state.State.Operations.Contains(context.OperationId) && await claims.CountPendingForActivityAsync(Key) > 0)
        {
            throw new DomainException(ActivityErrors.ClaimsPending, Key);
        }

        return await MoveAsync(context, ActivityStatus.RecordsClosed, "activity.records-closed", ActivityStatus.Ended);
    }

    public async Task<ActivityDetails> CancelAsync(string reason, CommandContext context)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(ActivityStatus.Draft, ActivityStatus.Published, ActivityStatus.InProgress);
        var why = reason.Trim();
        if (why.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.ReasonRequired, Key);
        }

        state.State.Status = ActivityStatus.Cancelled;
        state.State.CancelReason = why;
        await CommitAsync(context, "activity.cancelled", null);
        return await DetailsAsync();
    }

    public async Task<SignUpResult> SignUpAsync(Guid volunteerId, bool acceptsRisksAndAgreement, CommandContext context)
    {
        RequireExists();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        var existing = await participants.FindAsync(Key, volunteerId.ToString());
        if (existing is { Status: not nameof(ParticipantStatus.Withdrawn) })
        {
            // The same form posted again is a repeat; a second sign-up is refused: one place per volunteer.
            return state.State.Operations.Contains(context.OperationId)
                ? new SignUpResult(Enum.Parse<ParticipantStatus>(existing.Status), existing.AcceptedUtc)
                : throw new DomainException(ActivityErrors.AlreadySignedUp, Key);
        }

        var result = await EnrolAsync(volunteerId, acceptsRisksAndAgreement, null);
        await CommitAsync(context, "activity.signed-up", $"volunteer={volunteerId}; status={result.Status}");
        return result;
    }

    public async Task<IReadOnlyList<TeamSignUpResult>> SignUpTeamAsync(Guid teamId, bool acceptsRisksAndAgreement, CommandContext context)
    {
        RequireExists();
        var team = await GrainFactory.GetGrain<ITeamGrain>(teamId).GetDetailsAsync()
            ?? throw new DomainException(TeamErrors.NotFound, teamId.ToString());
        // The leader signs the team up and accepts the risks and the agreement for it (A8 group recruitment, A9, A16).
        if (!context.Actor.IsVolunteer(team.LeaderId))
        {
            throw new DomainException(TeamErrors.NotAllowed, Key);
        }

        if (!state.State.Recruitment.GroupsWelcome)
        {
            throw new DomainException(TeamErrors.GroupsNotWelcome, Key);
        }

        var results = new List<TeamSignUpResult>();
        foreach (var member in await teams.MembersAsync(teamId.ToString()))
        {
            var volunteerId = Guid.Parse(member.VolunteerId);
            if (await participants.FindAsync(Key, member.VolunteerId) is { Status: not nameof(ParticipantStatus.Withdrawn) } existing)
            {
                results.Add(new TeamSignUpResult(volunteerId, Enum.Parse<ParticipantStatus>(existing.Status), null));
                continue;
            }

            try
            {
                // Each member is checked as if signing up alone: standing, guardian consent, membership, time.
                var result = await EnrolAsync(volunteerId, acceptsRisksAndAgreement, teamId);
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

    public async Task WithdrawAsync(Guid volunteerId, string notice, CommandContext context)
    {
        RequireExists();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        var participant = await participants.FindAsync(Key, volunteerId.ToString());
        if (participant is null || participant.Status == nameof(ParticipantStatus.Withdrawn))
        {
            throw new DomainException(ActivityErrors.NotSignedUp, Key);
        }

        // A6.8: a volunteer who withdraws tells the organization in time; the notice and its time are kept.
        var text = notice.Trim();
        if (text.Length is 0 or > ActivityRules.MaxNoticeLength)
        {
            throw new DomainException(ActivityErrors.NoticeRequired, Key);
        }

        var now = Now;
        await participants.UpsertAsync(new ParticipantRow
        {
            ActivityId = participant.ActivityId,
            VolunteerId = participant.VolunteerId,
            Status = nameof(ParticipantStatus.Withdrawn),
            Position = participant.Position,
            SignedUpUtc = participant.SignedUpUtc,
            AcceptedUtc = participant.AcceptedUtc,
            TeamId = participant.TeamId,
            WithdrawnUtc = now,
            Notice = text,
        });
        await GrainFactory.GetGrain<IVolunteerGrain>(volunteerId).ReleaseTimeAsync(this.GetPrimaryKey());
        if (participant.Status == nameof(ParticipantStatus.Confirmed))
        {
            if (state.State.Status is ActivityStatus.Published or ActivityStatus.InProgress && await participants.FirstWaitingAsync(Key) is { } next)
            {
                await participants.UpsertAsync(new ParticipantRow
                {
                    ActivityId = next.ActivityId,
                    VolunteerId = next.VolunteerId,
                    Status = nameof(ParticipantStatus.Confirmed),
                    Position = next.Position,
                    SignedUpUtc = next.SignedUpUtc,
                    AcceptedUtc = next.AcceptedUtc,
                    TeamId = next.TeamId,
                });
            }
        }

        await CommitAsync(context, "activity.withdrawn", $"volunteer={volunteerId}");
    }

    public async Task<Guid> AttachSheetPhotoAsync(byte[] content, CommandContext context)
    {
        RequireExists();
        if (state.State.Status is not (ActivityStatus.InProgress or ActivityStatus.Ended))
        {
            throw new DomainException(ActivityErrors.NotCertifiable, Key);
        }

        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        // What the bytes are, not what the upload claims: a JPEG or PNG signature.
        var contentType = content.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
            : content.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
            : null;
        if (contentType is null || content.Length > ActivityRules.MaxPhotoBytes)
        {
            throw new DomainException(ActivityErrors.PhotoInvalid, Key);
        }

        // The upload's operation is the photo's id: a retried upload stores nothing twice.
        if (await photos.SaveAsync(new ProofPhoto
        {
            Id = context.OperationId.ToString(),
            OrganizationId = state.State.OrganizationId.ToString(),
            ActivityId = Key,
            ContentType = contentType,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedByName = context.Actor.DisplayName,
            UploadedUtc = Now,
        }))
        {
            await audit.RecordAsync(context, "activity.sheet-photo-attached", "activity", Key, $"photo={context.OperationId}; bytes={content.Length}");
        }

        return context.OperationId;
    }

    public async Task<IReadOnlyList<AttendanceResult>> CertifyAttendanceAsync(IReadOnlyList<AttendanceEntry> entries, CommandContext context)
    {
        RequireExists();
        if (state.State.Status is not (ActivityStatus.InProgress or ActivityStatus.Ended))
        {
            throw new DomainException(ActivityErrors.NotCertifiable, Key);
        }

        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        foreach (var photo in entries.Select(e => e.Proof.PhotoId).OfType<Guid>().Distinct())
        {
            if ((await photos.DescribeAsync(photo.ToString()))?.ActivityId != Key)
            {
                throw new DomainException(ActivityErrors.PhotoUnknown, Key);
            }
        }

        var roster = (await participants.RosterAsync(Key))
            .Where(p => p.Status == nameof(ParticipantStatus.Confirmed))
            .Select(p => Guid.Parse(p.VolunteerId))
            .ToHashSet();
        var audited = new AuditEntry(
            Now, context.Actor.AccountId, context.Actor.DisplayName, "activity.attendance-certified", "activity", Key, context.RemoteIp,
            $"entries={entries.Count}", context.OperationId);
        return await CertifyEntriesAsync([.. entries.Select(e => (e, EntryOperation(context.OperationId, e)))], roster, context, audited);
    }

    public async Task ClaimHoursAsync(Guid volunteerId, HoursClaim claim, CommandContext context)
    {
        RequireExists();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ClaimErrors.NotAllowed, Key);
        }

        var id = context.OperationId.ToString();
        if (await claims.FindAsync(id) is not null)
        {
            return;
        }

        if (state.State.Status is not (ActivityStatus.InProgress or ActivityStatus.Ended))
        {
            throw new DomainException(ActivityErrors.NotCertifiable, Key);
        }

        if (await participants.FindAsync(Key, volunteerId.ToString()) is not { Status: nameof(ParticipantStatus.Confirmed) })
        {
            throw new DomainException(ActivityErrors.NotOnRoster, Key);
        }

        var session = state.State.Sessions.FirstOrDefault(s => s.Id == claim.SessionId)
            ?? throw new DomainException(ActivityErrors.SessionUnknown, Key);
        ServiceRules.Minutes(claim.StartUtc, claim.EndUtc, claim.DeductedMinutes, session.StartUtc, session.EndUtc, Now, Key);
        var proofName = claim.Proof.Name.Trim();
        if (proofName.Length is 0 or > ServiceRules.MaxProofNameLength
            || claim.Proof.Contact?.Trim().Length > ServiceRules.MaxProofNameLength
            || claim.Proof.Note?.Trim().Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(LedgerErrors.ProofRequired, Key);
        }

        if (await ledger.OriginalForSessionAsync(session.Id.ToString(), volunteerId.ToString()) is not null)
        {
            throw new DomainException(LedgerErrors.AlreadyCertified, Key);
        }

        if (await claims.FindPendingAsync(volunteerId.ToString(), session.Id.ToString(), null) is not null)
        {
            throw new DomainException(ClaimErrors.Pending, Key);
        }

        await claims.FileAsync(new ServiceClaimRow
        {
            Id = id,
            Kind = ClaimKind.Hours,
            VolunteerId = volunteerId.ToString(),
            OrganizationId = state.State.OrganizationId.ToString(),
            ActivityId = Key,
            SessionId = session.Id.ToString(),
            StartUtc = claim.StartUtc,
            EndUtc = claim.EndUtc,
            DeductedMinutes = claim.DeductedMinutes,
            ProofName = proofName,
            ProofContact = NullIfEmpty(claim.Proof.Contact),
            ProofNote = NullIfEmpty(claim.Proof.Note),
            FiledByName = context.Actor.DisplayName,
            FiledUtc = Now,
        });
        await audit.RecordAsync(context, "activity.hours-claimed", "activity", Key, $"volunteer={volunteerId}; session={session.Id}; claim={id}");
    }

    public async Task<int?> DecideClaimAsync(ClaimDecision decision, CommandContext context)
    {
        RequireExists();
        var claim = await claims.FindAsync(decision.ClaimId.ToString());
        if (claim is null || claim.ActivityId != Key || claim.Kind != ClaimKind.Hours)
        {
            throw new DomainException(ClaimErrors.NotFound, Key);
        }

        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        // The same answer posted twice is a repeat; the other answer to a decided claim is refused.
        if (!claim.IsPending)
        {
            return claim.Certified == decision.Certify
                ? (claim.Certified == true ? (await ledger.CurrentAsync(claim.RecordId!))?.Minutes : null)
                : throw new DomainException(ClaimErrors.Decided, Key);
        }

        var note = NullIfEmpty(decision.Note);
        if ((!decision.Certify && note is null) || note?.Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(ClaimErrors.ReasonRequired, Key);
        }

        AttendanceResult? certified = null;
        if (decision.Certify)
        {
            if (state.State.Status is not (ActivityStatus.InProgress or ActivityStatus.Ended))
            {
                throw new DomainException(ActivityErrors.NotCertifiable, Key);
            }

            var entry = new AttendanceEntry(
                Guid.Parse(claim.VolunteerId), Guid.Parse(claim.SessionId!), claim.StartUtc, claim.EndUtc, claim.DeductedMinutes,
                new ServiceProof(claim.ProofName ?? "", claim.ProofContact, claim.ProofNote));
            HashSet<Guid> roster = await participants.FindAsync(Key, claim.VolunteerId) is { Status: nameof(ParticipantStatus.Confirmed) } ? [entry.VolunteerId] : [];
            // The claim's id is the certification's operation: deciding again after a crash finds the same row.
            var result = (await CertifyEntriesAsync([(entry, decision.ClaimId)], roster, context, null))[0];
            certified = result.ErrorCode is null ? result : throw new DomainException(result.ErrorCode, Key);
        }

        await claims.DecideAsync(claim.Id, decision.Certify, note, certified?.RecordId?.ToString(), context.Actor.DisplayName, Now);
        await audit.RecordAsync(
            context, decision.Certify ? "activity.claim-certified" : "activity.claim-rejected", "activity", Key,
            $"volunteer={claim.VolunteerId}; claim={claim.Id}");
        return certified?.Minutes;
    }

    public async Task EvaluateAsync(Guid volunteerId, int dutyScore, int satisfactionScore, string? comment, CommandContext context)
    {
        RequireExists();
        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        if (state.State.Status is not (ActivityStatus.Ended or ActivityStatus.RecordsClosed))
        {
            throw new DomainException(RecordErrors.NotEnded, Key);
        }

        if (await participants.FindAsync(Key, volunteerId.ToString()) is not { Status: nameof(ParticipantStatus.Confirmed) })
        {
            throw new DomainException(ActivityErrors.NotOnRoster, Key);
        }

        var text = comment?.Trim();
        if (dutyScore is < RecordRules.MinScore or > RecordRules.MaxScore
            || satisfactionScore is < RecordRules.MinScore or > RecordRules.MaxScore
            || text?.Length > RecordRules.MaxTextLength)
        {
            throw new DomainException(RecordErrors.ScoreInvalid, Key);
        }

        var added = await records.AddEvaluationAsync(new EvaluationRow
        {
            Id = context.OperationId.ToString(),
            OperationId = context.OperationId.ToString(),
            ActivityId = Key,
            VolunteerId = volunteerId.ToString(),
            OrganizationId = state.State.OrganizationId.ToString(),
            DutyScore = dutyScore,
            SatisfactionScore = satisfactionScore,
            Comment = string.IsNullOrEmpty(text) ? null : text,
            EvaluatedByName = context.Actor.DisplayName,
            EvaluatedUtc = Now,
        });
        if (!added && !await records.EvaluatedAsync(Key, volunteerId.ToString(), context.OperationId.ToString()))
        {
            throw new DomainException(RecordErrors.AlreadyEvaluated, Key);
        }

        await audit.RecordAsync(context, "activity.evaluated", "activity", Key, $"volunteer={volunteerId}; duty={dutyScore}; satisfaction={satisfactionScore}");
    }

    public async Task<ActivityDetails?> GetDetailsAsync() => state.State.Exists ? await DetailsAsync() : null;

    /// <summary>The sign-up checks of A7, A8, A9 and A16 for one volunteer, and their place: confirmed or waiting.</summary>
    private async Task<SignUpResult> EnrolAsync(Guid volunteerId, bool acceptsRisksAndAgreement, Guid? teamId)
    {
        if (state.State.Status != ActivityStatus.Published)
        {
            throw new DomainException(ActivityErrors.NotRecruiting, Key);
        }

        await RequireActiveOrganizationAsync();

        if (Now >= (state.State.Recruitment.SignUpDeadlineUtc ?? state.State.Sessions[0].StartUtc))
        {
            throw new DomainException(ActivityErrors.SignUpClosed, Key);
        }

        var standing = await GrainFactory.GetGrain<IVolunteerGrain>(volunteerId).GetStandingAsync();
        if (!standing.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.NotRegistered, volunteerId.ToString());
        }

        if (standing.Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(VolunteerErrors.Revoked, volunteerId.ToString());
        }

        // A7.2: a minor serves only with the guardian's consent on record.
        if (standing.BirthDate is { } birth && Volunteers.Identity.IdDocuments.AgeOn(birth, ChinaTime.Today(time)) < VolunteerRules.AdultAge && !standing.HasGuardianConsent)
        {
            throw new DomainException(ActivityErrors.GuardianConsentMissing, Key);
        }

        if (state.State.Recruitment.MembersOnly
            && (await GrainFactory.Membership(volunteerId, state.State.OrganizationId).GetAsync()).Status != MembershipStatus.Member)
        {
            throw new DomainException(ActivityErrors.MembersOnly, Key);
        }

        // A9, A16: the risks and the agreement are accepted, and when.
        if (!acceptsRisksAndAgreement)
        {
            throw new DomainException(ActivityErrors.MustAccept, Key);
        }

        await GrainFactory.GetGrain<IVolunteerGrain>(volunteerId).CommitTimeAsync(this.GetPrimaryKey(), state.State.Sessions);
        // Counted from the roster rows themselves, so no count kept beside them can drift from what they say.
        var status = await participants.CountConfirmedAsync(Key) < state.State.Recruitment.Quota ? ParticipantStatus.Confirmed : ParticipantStatus.Waitlisted;
        var now = Now;
        await participants.UpsertAsync(new ParticipantRow
        {
            ActivityId = Key,
            VolunteerId = volunteerId.ToString(),
            Status = status.ToString(),
            Position = ++state.State.NextPosition,
            SignedUpUtc = now,
            AcceptedUtc = now,
            TeamId = teamId?.ToString(),
        });
        return new SignUpResult(status, now);
    }

    /// <summary>
    /// Checks each entry against the roster, the session and the rules of A13 and A21, then appends the ones that pass
    /// to the ledger together, in chunks of one transaction each; the volunteers' totals then count their rows.
    /// </summary>
    private async Task<IReadOnlyList<AttendanceResult>> CertifyEntriesAsync(
        IReadOnlyList<(AttendanceEntry Entry, Guid Operation)> entries, HashSet<Guid> roster, CommandContext context, AuditEntry? audit)
    {
        var results = new AttendanceResult[entries.Count];
        var standings = (await Task.WhenAll(entries.Select(e => e.Entry.VolunteerId).Where(roster.Contains).Distinct()
                .Select(async volunteer => (volunteer, Standing: await GrainFactory.GetGrain<IVolunteerGrain>(volunteer).GetStandingAsync()))))
            .ToDictionary(s => s.volunteer, s => s.Standing);

        var pending = new List<(int Index, ServiceRecord Record)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, operation) = entries[i];
            try
            {
                pending.Add((i, Record(entry, operation, roster, standings, context)));
            }
            catch (DomainException exception)
            {
                results[i] = new AttendanceResult(entry.VolunteerId, entry.SessionId, null, exception.Code);
            }
        }

        foreach (var chunk in pending.Chunk(ActivityRules.MaxEntriesPerTransaction))
        {
            var answers = await ledger.AppendAsync([.. chunk.Select(p => p.Record)], audit, ServiceRules.LongestEntry);
            var counts = new Dictionary<Guid, List<LedgerCount>>();
            for (var j = 0; j < chunk.Length; j++)
            {
                var (index, record) = chunk[j];
                var answer = answers[j];
                var volunteer = Guid.Parse(record.VolunteerId);
                var error = answer.Outcome switch
                {
                    LedgerOutcome.Appended or LedgerOutcome.Repeated => null,
                    LedgerOutcome.SessionTaken => LedgerErrors.AlreadyCertified,
                    LedgerOutcome.Superseded => LedgerErrors.Superseded,
                    _ => LedgerErrors.Overlap,
                };
                results[index] = new AttendanceResult(volunteer, Guid.Parse(record.SessionId!), error is null ? answer.Minutes : null, error, error is null ? Guid.Parse(answer.RecordId!) : null);
                if (error is null)
                {
                    // A repeat does not know what preceded its row: the volunteer re-reads the ledger.
                    var previous = answer.Outcome == LedgerOutcome.Appended ? answer.PreviousSeq : null;
                    (counts.TryGetValue(volunteer, out var list) ? list : counts[volunteer] = []).Add(new LedgerCount(answer.Seq!.Value, previous, answer.Minutes));
                }
            }

            await Task.WhenAll(counts.Select(c => GrainFactory.GetGrain<IVolunteerGrain>(c.Key).CountAppendedAsync(c.Value)));
        }

        return results;
    }

    /// <summary>The ledger row for one entry; throws the rule it breaks.</summary>
    private ServiceRecord Record(
        AttendanceEntry entry, Guid operation, HashSet<Guid> roster, Dictionary<Guid, VolunteerStanding> standings, CommandContext context)
    {
        if (!roster.Contains(entry.VolunteerId) || !standings[entry.VolunteerId].IsRegistered)
        {
            throw new DomainException(ActivityErrors.NotOnRoster, Key);
        }

        var session = state.State.Sessions.FirstOrDefault(s => s.Id == entry.SessionId)
            ?? throw new DomainException(ActivityErrors.SessionUnknown, Key);

        // A revoked volunteer receives no new hours until a bureau reinstates them (A18.4).
        if (standings[entry.VolunteerId].Status == VolunteerStatus.Revoked)
        {
            throw new DomainException(VolunteerErrors.Revoked, Key);
        }

        var service = new ServiceEntry(
            state.State.OrganizationId, this.GetPrimaryKey(), session.Id, session.StartUtc, session.EndUtc, state.State.Category,
            entry.StartUtc, entry.EndUtc, entry.DeductedMinutes, string.IsNullOrWhiteSpace(entry.Content) ? state.State.Title : entry.Content,
            state.State.Place, entry.Proof);
        return LedgerRows.Original(service, entry.VolunteerId, operation, context.Actor, Now);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>One sheet's operation yields one operation per volunteer and session, so resubmitting the sheet certifies nothing twice.</summary>
    private static Guid EntryOperation(Guid sheet, AttendanceEntry entry) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{sheet}:{entry.VolunteerId}:{entry.SessionId}")).AsSpan(0, 16));

    private async Task<ActivityDetails> MoveAsync(CommandContext context, ActivityStatus to, string @event, ActivityStatus from)
    {
        if (await StartCommandAsync(context))
        {
            return await DetailsAsync();
        }

        RequireStatus(from);
        if (to == ActivityStatus.Ended)
        {
            state.State.EndedUtc = Now;
        }

        state.State.Status = to;
        await CommitAsync(context, @event, null);
        return await DetailsAsync();
    }

    /// <returns>true when the command is a repeat (its effects re-published); otherwise checks the actor may manage the activity.</returns>
    /// <summary>The permission check comes first, so a repeat answers only someone who may issue the command.</summary>
    private async Task<bool> StartCommandAsync(CommandContext context)
    {
        RequireExists();
        var organization = await GrainFactory.ActedForByAsync(state.State.OrganizationId, context.Actor);
        if (organization is null)
        {
            throw new DomainException(ActivityErrors.NotAllowed, Key);
        }

        if (state.State.Operations.Contains(context.OperationId))
        {
            if (state.State.LastChange?.OperationId == context.OperationId)
            {
                await PublishChangeAsync();
            }

            return true;
        }

        return false;
    }

    /// <summary>A suspended or deregistered organization publishes, enrols and certifies nothing; its records stay.</summary>
    private async Task RequireActiveOrganizationAsync()
    {
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(state.State.OrganizationId).GetProfileAsync();
        if (organization?.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, state.State.OrganizationId.ToString());
        }
    }

    private bool InsuranceCoversSessions() =>
        state.State.Insurance is { } insurance
        && state.State.Sessions.All(s => ChinaDate(s.StartUtc) >= insurance.CoverFrom && ChinaDate(s.EndUtc) <= insurance.CoverTo);

    private static DateOnly ChinaDate(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

    private void RequireExists()
    {
        if (!state.State.Exists)
        {
            throw new DomainException(ActivityErrors.NotFound, Key);
        }
    }

    private void RequireStatus(params ActivityStatus[] allowed)
    {
        if (!allowed.Contains(state.State.Status))
        {
            throw new DomainException(ActivityErrors.WrongStatus, Key);
        }
    }

    private async Task CommitAsync(CommandContext context, string @event, string? detail)
    {
        state.State.LastChange = LastChange.From(context, @event, null, Now, detail);
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        await PublishChangeAsync();
    }

    /// <summary>Brings the list projection and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishChangeAsync()
    {
        var change = state.State.LastChange!;
        await readModel.UpsertAsync(new ActivityRow
        {
            Id = Key,
            OrganizationId = state.State.OrganizationId.ToString(),
            Title = state.State.Title,
            Category = state.State.Category,
            Status = state.State.Status.ToString(),
            CreatedUtc = state.State.CreatedUtc,
            UpdatedUtc = change.AtUtc,
            FirstStartUtc = state.State.Sessions.FirstOrDefault()?.StartUtc,
            LastEndUtc = state.State.Sessions.LastOrDefault()?.EndUtc,
            EndedUtc = state.State.EndedUtc,
            RecordsDue = await RecordsDueAsync(),
            ProjectId = state.State.ProjectId?.ToString(),
            BaseId = state.State.BaseId?.ToString(),
        });
        await audit.RecordAsync(change, "activity", Key);
    }

    private async Task<ActivityDetails> DetailsAsync() =>
        ToDetails() with { Confirmed = await participants.CountConfirmedAsync(Key), RecordsDue = await RecordsDueAsync() };

    private async Task<DateOnly?> RecordsDueAsync()
    {
        if (state.State.EndedUtc is not { } ended)
        {
            return null;
        }

        _calendar ??= WorkingDayCalendar.From(await calendar.ListAsync());
        return _calendar.AddWorkingDays(ChinaDate(ended), ActivityRules.RecordsDueWorkingDays);
    }

    private ActivityDetails ToDetails() => new(
        this.GetPrimaryKey(),
        state.State.OrganizationId,
        state.State.Title,
        state.State.Category,
        state.State.Description,
        state.State.Place,
        state.State.Status,
        state.State.CreatedUtc,
        state.State.Sessions,
        state.State.Recruitment,
        state.State.Risks,
        state.State.Agreement,
        state.State.MajorEvent,
        state.State.Insurance,
        0,
        state.State.EndedUtc,
        null,
        state.State.CancelReason);
}
