using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Grains.Volunteers.RecordBook;

/// <summary>
/// The ledger row (with its audit line, in one commit) is the record; the total follows it. The total is persisted on
/// deactivation, not per row: it is derived from the ledger, and activation counts any row written since the last
/// persisted sequence, so a crash between a row and the state cannot lose or double an hour.
/// </summary>
public sealed class RecordBookGrain(
    [PersistentState("record-book", StorageNames.Records)] IPersistentState<RecordBookState> state,
    IServiceLedger ledger,
    IServiceClaimStore claims,
    IRecordBook book,
    GrainAudit audit,
    TimeProvider time) : Grain, IRecordBookGrain
{
    /// <summary>Totals counted since the last state write; saved on deactivation.</summary>
    private bool _unsaved;

    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => CatchUpAsync();

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_unsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<CertifiedService> CertifyServiceAsync(ServiceEntry entry, CommandContext context)
    {
        var standing = await Volunteer.RequireRegisteredAsync();
        ServiceRecord record;
        try
        {
            // A revoked volunteer receives no new hours until a bureau reinstates them (A18.4).
            if (standing.Status == VolunteerStatus.Revoked)
            {
                throw new DomainException(VolunteerErrors.Revoked, Key);
            }

            await RequireRecorderAsync(context.Actor, entry.OrganizationId);
            record = LedgerRows.Original(entry, Id, context.OperationId, context.Actor, Now);
        }
        catch (DomainException)
        {
            // Certified by this very operation, by the same person, before the rules changed under it: a retry,
            // answered with its row. Anyone else naming that operation id learns nothing.
            if (await ledger.FindByOperationAsync(context.OperationId.ToString()) is not { } done || done.VolunteerId != Key || done.CertifiedById != context.Actor.AccountId)
            {
                throw;
            }

            return await CountAsync(context.OperationId.ToString());
        }

        return await AppendAsync(record, context, "service.certified");
    }

    public async Task<CertifiedService> CorrectServiceAsync(Guid rootId, ServiceCorrection correction, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        var operation = context.OperationId.ToString();
        if (await ledger.FindByOperationAsync(operation) is { } done && done.VolunteerId == Key && done.CertifiedById == context.Actor.AccountId)
        {
            return await CountAsync(operation);
        }

        var current = await CurrentAsync(rootId);
        await RequireRecorderAsync(context.Actor, Guid.Parse(current.OrganizationId));
        var (reason, minutes) = await CheckCorrectionAsync(current, correction, operation);
        return await AppendAsync(LedgerRows.Corrected(current, correction, reason, minutes, operation, context.Actor, Now), context, "service.corrected");
    }

    public async Task RequestServiceCorrectionAsync(Guid rootId, ServiceCorrection correction, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        if (!context.Actor.IsVolunteer(Id))
        {
            throw new DomainException(ClaimErrors.NotAllowed, Key);
        }

        var id = context.OperationId.ToString();
        if (await claims.FindAsync(id) is not null)
        {
            return;
        }

        var current = await CurrentAsync(rootId);
        var (reason, _) = await CheckCorrectionAsync(current, correction, id);
        if (await claims.FindPendingAsync(Key, null, current.RootId) is not null)
        {
            throw new DomainException(ClaimErrors.Pending, Key);
        }

        await claims.FileAsync(new ServiceClaimRow
        {
            Id = id,
            Kind = ClaimKind.Correction,
            VolunteerId = Key,
            OrganizationId = current.OrganizationId,
            ActivityId = current.ActivityId,
            SessionId = current.SessionId,
            RootId = current.RootId,
            StartUtc = correction.StartUtc,
            EndUtc = correction.EndUtc,
            DeductedMinutes = correction.DeductedMinutes,
            Reason = reason,
            FiledByName = context.Actor.DisplayName,
            FiledUtc = Now,
        });
        await audit.RecordAsync(context, "service.correction-requested", "service-record", current.RootId, $"volunteer={Key}; claim={id}");
    }

    public async Task<CertifiedService?> DecideServiceCorrectionAsync(ClaimDecision decision, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        var claim = await claims.FindAsync(decision.ClaimId.ToString());
        if (claim is null || claim.VolunteerId != Key || claim.Kind != ClaimKind.Correction)
        {
            throw new DomainException(ClaimErrors.NotFound, Key);
        }

        await RequireRecorderAsync(context.Actor, Guid.Parse(claim.OrganizationId));
        if (!claim.IsPending)
        {
            // The same answer posted twice is a repeat; the other answer to a decided request is refused.
            return claim.Certified == decision.Certify
                ? (claim.Certified == true ? await CountAsync(decision.ClaimId.ToString()) : null)
                : throw new DomainException(ClaimErrors.Decided, Key);
        }

        var note = ClaimRules.DecisionNote(decision.Certify, decision.Note, Key);

        // The request's id is the correction's operation: approving again after a crash finds the same row.
        var corrected = decision.Certify
            ? await CorrectServiceAsync(
                Guid.Parse(claim.RootId!), new ServiceCorrection(claim.StartUtc, claim.EndUtc, claim.DeductedMinutes, claim.Reason ?? ""),
                context with { OperationId = decision.ClaimId })
            : null;
        await claims.DecideAsync(claim.Id, decision.Certify, note, corrected?.RecordId.ToString(), context.Actor.DisplayName, Now);
        await audit.RecordAsync(
            context, decision.Certify ? "service.correction-approved" : "service.correction-rejected", "service-record", claim.RootId!,
            $"volunteer={Key}; claim={claim.Id}");
        return corrected;
    }

    public async Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        if (!await Volunteer.IsInScopeAsync(context.Actor, administrator: false))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        ServiceRules.RequireNotOwnRecord(context.Actor, Id);
        var (cleanTitle, body) = RecordRules.Commendation(title, grantingBody, grantedOn, ChinaTime.Today(time), Key);
        await book.AddCommendationAsync(new CommendationRow
        {
            Id = context.OperationId.ToString(),
            OperationId = context.OperationId.ToString(),
            VolunteerId = Key,
            OrganizationId = context.Actor.IsBureau ? null : context.Actor.OrganizationId?.ToString(),
            Title = cleanTitle,
            GrantedOn = grantedOn,
            GrantingBody = body,
            RecordedByName = context.Actor.DisplayName,
            RecordedUtc = Now,
        });
        await audit.RecordAsync(context, "volunteer.commended", "volunteer", Key);
    }

    public async Task FileComplaintAsync(string complainant, string content, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        // Staff of an organization she belongs to file what its service recipients said; a bureau does not.
        if (context.Actor.IsBureau || !await Volunteer.IsInScopeAsync(context.Actor, administrator: false))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        var (who, text) = RecordRules.Complaint(complainant, content, Key);
        await book.FileComplaintAsync(new ComplaintRow
        {
            Id = context.OperationId.ToString(),
            VolunteerId = Key,
            OrganizationId = context.Actor.OrganizationId!.Value.ToString(),
            Complainant = who,
            Content = text,
            FiledByName = context.Actor.DisplayName,
            FiledUtc = Now,
            Status = ComplaintStatus.Filed,
        });
        await audit.RecordAsync(context, "volunteer.complaint-filed", "volunteer", Key, $"complaint={context.OperationId}");
    }

    public async Task VerifyComplaintAsync(Guid complaintId, bool upheld, string note, CommandContext context)
    {
        await Volunteer.RequireRegisteredAsync();
        var complaint = await book.FindComplaintAsync(complaintId.ToString());
        if (complaint is null || complaint.VolunteerId != Key)
        {
            throw new DomainException(RecordErrors.ComplaintNotFound, Key);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(Guid.Parse(complaint.OrganizationId)).GetProfileAsync();
        if (organization is null || !context.Actor.AdministersFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        var text = RecordRules.VerificationNote(note, Key);

        // The same decision posted twice is a repeat; a different decision on a decided complaint is refused.
        var decision = upheld ? ComplaintStatus.Upheld : ComplaintStatus.Dismissed;
        if (complaint.Status == decision)
        {
            return;
        }

        if (!await book.DecideComplaintAsync(complaint.Id, decision, text, context.Actor.DisplayName, Now))
        {
            throw new DomainException(RecordErrors.ComplaintDecided, Key);
        }

        await audit.RecordAsync(context, upheld ? "volunteer.complaint-upheld" : "volunteer.complaint-dismissed", "volunteer", Key, $"complaint={complaintId}");
    }

    public async Task<RecordVisibility?> RecordVisibilityAsync(CommandContext context)
    {
        var viewer = context.Actor;
        if (!(await Volunteer.GetStandingAsync()).IsRegistered)
        {
            return null;
        }

        if (viewer.IsVolunteer(Id))
        {
            return RecordVisibility.Self;
        }

        if (!await Volunteer.IsInScopeAsync(viewer, administrator: false))
        {
            return null;
        }

        if (viewer.IsBureau)
        {
            return RecordVisibility.Bureau;
        }

        var organization = viewer.OrganizationId!.Value;
        if (!(await GrainFactory.Membership(Id, organization).GetAsync()).ShareRecords)
        {
            var onlyOwn = !await ledger.HasRecordsOfOthersAsync(Key, organization.ToString());
            return new RecordVisibility(false, organization, false, OnlyOwnRecords: onlyOwn);
        }

        await audit.RecordAsync(context, "volunteer.shared-records-read", "volunteer", Key, $"organization={organization}");
        return new RecordVisibility(true, organization, true);
    }

    public async Task<CertifiedTotals> VerifyTotalsAsync() => new(state.State.CertifiedMinutes, await ledger.TotalMinutesAsync(Key));

    public Task<RecordBookTotals> GetTotalsAsync() => Task.FromResult(new RecordBookTotals(state.State.CertifiedMinutes, state.State.AppliedLedgerSeq));

    public Task CountAppendedAsync(IReadOnlyList<LedgerCount> rows) => CountAsync(rows);

    private IVolunteerGrain Volunteer => GrainFactory.GetGrain<IVolunteerGrain>(Id);

    /// <summary>A row that loses a race for its session, overlaps another or corrects an entry already replaced is refused.</summary>
    private async Task<CertifiedService> AppendAsync(ServiceRecord record, CommandContext context, string action)
    {
        var audited = new AuditEntry(
            record.CertifiedUtc, context.Actor.AccountId, context.Actor.DisplayName, action, "service-record", record.Id, context.RemoteIp,
            $"volunteer={Key}; minutes={record.DeltaMinutes}", context.OperationId);
        var answer = (await ledger.AppendAsync([record], audited, ServiceRules.LongestEntry))[0];
        switch (answer.Outcome)
        {
            case LedgerOutcome.Repeated:
                return await CountAsync(record.OperationId);
            case LedgerOutcome.SessionTaken:
                throw new DomainException(LedgerErrors.AlreadyCertified, Key);
            case LedgerOutcome.Overlap:
                throw new DomainException(LedgerErrors.Overlap, Key);
            case LedgerOutcome.Superseded:
                throw new DomainException(LedgerErrors.Superseded, Key);
        }

        await CountAsync([new LedgerCount(answer.Seq!.Value, answer.PreviousSeq, record.DeltaMinutes)]);
        return new CertifiedService(Guid.Parse(record.Id), Guid.Parse(record.RootId), record.Minutes, state.State.CertifiedMinutes);
    }

    /// <summary>
    /// Adds rows that directly follow what the total has counted; anything else (a gap, a repeat) is read from the
    /// ledger instead, so the total never counts a row twice or skips one.
    /// </summary>
    private async Task CountAsync(IReadOnlyList<LedgerCount> rows)
    {
        var fell = false;
        foreach (var row in rows.OrderBy(r => r.Seq))
        {
            if (row.Seq <= state.State.AppliedLedgerSeq)
            {
                continue;
            }

            if (row.PreviousSeq != state.State.AppliedLedgerSeq)
            {
                await CatchUpAsync();
                continue;
            }

            state.State.CertifiedMinutes += row.DeltaMinutes;
            state.State.AppliedLedgerSeq = row.Seq;
            _unsaved = true;
            fell |= row.DeltaMinutes < 0;
        }

        if (fell)
        {
            await TellStarAsync();
        }
    }

    /// <summary>A repeated command finds its row; the total counts it if it has not yet.</summary>
    private async Task<CertifiedService> CountAsync(string operation)
    {
        var record = await ledger.FindByOperationAsync(operation) ?? throw new DomainException(LedgerErrors.RecordNotFound, Key);
        await CatchUpAsync();
        return new CertifiedService(Guid.Parse(record.Id), Guid.Parse(record.RootId), record.Minutes, state.State.CertifiedMinutes);
    }

    private async Task CatchUpAsync()
    {
        var (minutes, lastSeq) = await ledger.SinceAsync(Key, state.State.AppliedLedgerSeq);
        if (lastSeq <= state.State.AppliedLedgerSeq)
        {
            return;
        }

        state.State.CertifiedMinutes += minutes;
        state.State.AppliedLedgerSeq = lastSeq;
        _unsaved = true;
        await TellStarAsync();
    }

    /// <summary>Hours that fell below her star's threshold flag it for review (A26); the star grain decides.</summary>
    private Task TellStarAsync() =>
        GrainFactory.GetGrain<IStarGrain>(Id).HoursChangedAsync(state.State.CertifiedMinutes, state.State.AppliedLedgerSeq);

    private async Task<ServiceRecord> CurrentAsync(Guid rootId)
    {
        var current = await ledger.CurrentAsync(rootId.ToString());
        return current is null || current.VolunteerId != Key ? throw new DomainException(LedgerErrors.RecordNotFound, Key) : current;
    }

    /// <summary>The reason and the corrected minutes; throws the broken rule (办法 Art13), an overlap with another entry included.</summary>
    private async Task<(string Reason, int Minutes)> CheckCorrectionAsync(ServiceRecord current, ServiceCorrection correction, string operation)
    {
        var (reason, minutes) = LedgerRows.Correction(current, correction, Now, Key);
        if (minutes > 0 && (await ledger.CheckAsync(operation, Key, null, correction.StartUtc, correction.EndUtc, current.RootId, ServiceRules.LongestEntry)).Overlaps)
        {
            throw new DomainException(LedgerErrors.Overlap, Key);
        }

        return (reason, minutes);
    }

    /// <summary>
    /// Staff of the organization (or its bureau) record its hours, while it is active (A21); nobody certifies,
    /// corrects or commends their own service.
    /// </summary>
    private async Task RequireRecorderAsync(Actor actor, Guid organizationId)
    {
        var organization = await GrainFactory.ActedForByAsync(organizationId, actor) ?? throw new DomainException(LedgerErrors.NotAllowed, Key);
        ServiceRules.RequireNotOwnRecord(actor, Id);
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }
    }
}
