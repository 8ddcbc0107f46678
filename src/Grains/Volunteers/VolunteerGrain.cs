using VolunteerRecords.Grains.Categories;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Stars;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Corrections;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Memberships;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Storage.Regions;
using VolunteerRecords.Storage.Sanctions;
using VolunteerRecords.Storage.Stars;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Grains.Volunteers;

public sealed partial class VolunteerGrain(
    [PersistentState("volunteer", StorageNames.Records)] IPersistentState<VolunteerState> state,
    IVolunteerDirectory directory,
    IAccountStore accounts,
    IRegionDirectory regions,
    IMembershipStore memberships,
    ISanctionStore sanctions,
    ICorrectionRequestStore corrections,
    IServiceLedger ledger,
    ICommitmentStore commitments,
    IRecordBook recordBook,
    IServiceClaimStore claims,
    StarRules stars,
    IStarHistory starHistory,
    ICertificateStore certificates,
    PersonalDataProtector personalData,
    GrainAudit audit,
    TimeProvider time) : Grain, IVolunteerGrain
{
    /// <summary>Totals counted since the last state write; saved with the next one or on deactivation.</summary>
    private bool _totalsUnsaved;

    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    /// <summary>
    /// A crash between a ledger row and the state write leaves the row uncounted; one between the registration and her
    /// account leaves the account unopened: both are finished now.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.IsRegistered)
        {
            await OpenPendingAccountAsync();
            await CatchUpTotalsAsync();
        }
    }

    public async Task<CertifiedService> CertifyServiceAsync(ServiceEntry entry, CommandContext context)
    {
        RequireRegistered();
        ServiceRecord record;
        try
        {
            // A revoked volunteer receives no new hours until a bureau reinstates them (A18.4).
            if (state.State.Status == VolunteerStatus.Revoked)
            {
                throw new DomainException(VolunteerErrors.Revoked, Key);
            }

            await RequireRecorderAsync(context.Actor, entry.OrganizationId);
            record = LedgerRows.Original(entry, Id, context.OperationId, context.Actor, time.GetUtcNow().UtcDateTime);
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
        RequireRegistered();
        var operation = context.OperationId.ToString();
        if (await ledger.FindByOperationAsync(operation) is { } done && done.VolunteerId == Key && done.CertifiedById == context.Actor.AccountId)
        {
            return await CountAsync(operation);
        }

        var current = await ledger.CurrentAsync(rootId.ToString());
        if (current is null || current.VolunteerId != Key)
        {
            throw new DomainException(LedgerErrors.RecordNotFound, Key);
        }

        await RequireRecorderAsync(context.Actor, Guid.Parse(current.OrganizationId));
        var (reason, minutes) = await CheckCorrectionAsync(current, correction, operation);

        var id = Guid.NewGuid();
        var record = new ServiceRecord
        {
            Id = id.ToString(),
            OperationId = operation,
            RootId = current.RootId,
            CorrectsId = current.Id,
            VolunteerId = Key,
            OrganizationId = current.OrganizationId,
            ActivityId = current.ActivityId,
            SessionId = current.SessionId,
            SessionStartUtc = current.SessionStartUtc,
            SessionEndUtc = current.SessionEndUtc,
            Category = current.Category,
            StartUtc = correction.StartUtc,
            EndUtc = correction.EndUtc,
            DeductedMinutes = correction.DeductedMinutes,
            Minutes = minutes,
            DeltaMinutes = minutes - current.Minutes,
            Content = current.Content,
            Place = current.Place,
            ProofName = current.ProofName,
            ProofContact = current.ProofContact,
            ProofNote = current.ProofNote,
            ProofPhotoId = current.ProofPhotoId,
            CertifiedById = context.Actor.AccountId,
            CertifiedByName = context.Actor.DisplayName,
            CertifiedUtc = time.GetUtcNow().UtcDateTime,
            Reason = reason,
        };
        return await AppendAsync(record, context, "service.corrected");
    }

    public async Task RequestServiceCorrectionAsync(Guid rootId, ServiceCorrection correction, CommandContext context)
    {
        RequireRegistered();
        if (!context.Actor.IsVolunteer(Id))
        {
            throw new DomainException(ClaimErrors.NotAllowed, Key);
        }

        var id = context.OperationId.ToString();
        if (await claims.FindAsync(id) is not null)
        {
            return;
        }

        var current = await ledger.CurrentAsync(rootId.ToString());
        if (current is null || current.VolunteerId != Key)
        {
            throw new DomainException(LedgerErrors.RecordNotFound, Key);
        }

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
            FiledUtc = time.GetUtcNow().UtcDateTime,
        });
        await audit.RecordAsync(context, "service.correction-requested", "service-record", current.RootId, $"volunteer={Key}; claim={id}");
    }

    public async Task<CertifiedService?> DecideServiceCorrectionAsync(ClaimDecision decision, CommandContext context)
    {
        RequireRegistered();
        var claim = await claims.FindAsync(decision.ClaimId.ToString());
        if (claim is null || claim.VolunteerId != Key || claim.Kind != ClaimKind.Correction)
        {
            throw new DomainException(ClaimErrors.NotFound, Key);
        }

        await RequireRecorderAsync(context.Actor, Guid.Parse(claim.OrganizationId));
        var operation = context with { OperationId = decision.ClaimId };
        if (!claim.IsPending)
        {
            // The same answer posted twice is a repeat; the other answer to a decided request is refused.
            return claim.Certified == decision.Certify
                ? (claim.Certified == true ? await CountAsync(decision.ClaimId.ToString()) : null)
                : throw new DomainException(ClaimErrors.Decided, Key);
        }

        var note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim();
        if ((!decision.Certify && note is null) || note?.Length > ServiceRules.MaxTextLength)
        {
            throw new DomainException(ClaimErrors.ReasonRequired, Key);
        }

        // The request's id is the correction's operation: approving again after a crash finds the same row.
        var corrected = decision.Certify
            ? await CorrectServiceAsync(Guid.Parse(claim.RootId!), new ServiceCorrection(claim.StartUtc, claim.EndUtc, claim.DeductedMinutes, claim.Reason ?? ""), operation)
            : null;
        await claims.DecideAsync(claim.Id, decision.Certify, note, corrected?.RecordId.ToString(), context.Actor.DisplayName, time.GetUtcNow().UtcDateTime);
        await audit.RecordAsync(
            context, decision.Certify ? "service.correction-approved" : "service.correction-rejected", "service-record", claim.RootId!,
            $"volunteer={Key}; claim={claim.Id}");
        return corrected;
    }

    public async Task CommendAsync(string title, DateOnly grantedOn, string grantingBody, CommandContext context)
    {
        RequireRegistered();
        if (!await InScopeAsync(context.Actor, administrator: false))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        RequireNotOwnRecord(context.Actor);
        var (cleanTitle, body) = RecordRules.Commendation(title, grantingBody, grantedOn, ChinaTime.Today(time), Key);

        await recordBook.AddCommendationAsync(new CommendationRow
        {
            Id = context.OperationId.ToString(),
            OperationId = context.OperationId.ToString(),
            VolunteerId = Key,
            OrganizationId = context.Actor.IsBureau ? null : context.Actor.OrganizationId?.ToString(),
            Title = cleanTitle,
            GrantedOn = grantedOn,
            GrantingBody = body,
            RecordedByName = context.Actor.DisplayName,
            RecordedUtc = time.GetUtcNow().UtcDateTime,
        });
        await audit.RecordAsync(context, "volunteer.commended", "volunteer", Key);
    }

    public async Task FileComplaintAsync(string complainant, string content, CommandContext context)
    {
        RequireRegistered();
        if (!await IsStaffOfMemberOrganizationAsync(context.Actor, context.Actor.OrganizationId))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        var who = complainant.Trim();
        var text = content.Trim();
        if (who.Length is 0 or > RecordRules.MaxTitleLength || text.Length is 0 or > RecordRules.MaxTextLength)
        {
            throw new DomainException(RecordErrors.ComplaintInvalid, Key);
        }

        await recordBook.FileComplaintAsync(new ComplaintRow
        {
            Id = context.OperationId.ToString(),
            VolunteerId = Key,
            OrganizationId = context.Actor.OrganizationId!.Value.ToString(),
            Complainant = who,
            Content = text,
            FiledByName = context.Actor.DisplayName,
            FiledUtc = time.GetUtcNow().UtcDateTime,
            Status = ComplaintStatus.Filed,
        });
        await audit.RecordAsync(context, "volunteer.complaint-filed", "volunteer", Key, $"complaint={context.OperationId}");
    }

    public async Task VerifyComplaintAsync(Guid complaintId, bool upheld, string note, CommandContext context)
    {
        RequireRegistered();
        var complaint = await recordBook.FindComplaintAsync(complaintId.ToString());
        if (complaint is null || complaint.VolunteerId != Key)
        {
            throw new DomainException(RecordErrors.ComplaintNotFound, Key);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(Guid.Parse(complaint.OrganizationId)).GetProfileAsync();
        if (organization is null || !context.Actor.AdministersFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(RecordErrors.NotAllowed, Key);
        }

        var text = note.Trim();
        if (text.Length is 0 or > RecordRules.MaxTextLength)
        {
            throw new DomainException(RecordErrors.ComplaintInvalid, Key);
        }

        // The same decision posted twice is a repeat; a different decision on a decided complaint is refused.
        var decision = upheld ? ComplaintStatus.Upheld : ComplaintStatus.Dismissed;
        if (complaint.Status == decision)
        {
            return;
        }

        if (!await recordBook.DecideComplaintAsync(complaint.Id, decision, text, context.Actor.DisplayName, time.GetUtcNow().UtcDateTime))
        {
            throw new DomainException(RecordErrors.ComplaintDecided, Key);
        }

        await audit.RecordAsync(context, upheld ? "volunteer.complaint-upheld" : "volunteer.complaint-dismissed", "volunteer", Key, $"complaint={complaintId}");
    }

    public async Task CommitTimeAsync(Guid activityId, IReadOnlyList<Activities.ActivitySession> sessions)
    {
        foreach (var session in sessions)
        {
            if (await commitments.OverlapsAsync(Key, activityId.ToString(), session.StartUtc, session.EndUtc))
            {
                throw new DomainException(Activities.ActivityErrors.ScheduleConflict, Key);
            }
        }

        await commitments.CommitAsync(Key, activityId.ToString(), [.. sessions.Select(s => (s.Id.ToString(), s.StartUtc, s.EndUtc))]);
    }

    public Task ReleaseTimeAsync(Guid activityId) => commitments.ReleaseAsync(Key, activityId.ToString());

    public async Task<RecordVisibility?> RecordVisibilityAsync(CommandContext context)
    {
        var viewer = context.Actor;
        if (!state.State.IsRegistered)
        {
            return null;
        }

        if (viewer.IsVolunteer(Id))
        {
            return RecordVisibility.Self;
        }

        if (!await InScopeAsync(viewer, administrator: false))
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

    public async Task<CertifiedTotals> VerifyTotalsAsync() =>
        new(state.State.CertifiedMinutes, await ledger.TotalMinutesAsync(Key));

    /// <summary>
    /// The ledger row (with its audit line, in one commit) is the record; the total follows it. The total is persisted
    /// with the grain's next state write or on deactivation, not per row: it is derived from the ledger, and activation
    /// counts any row written since the last persisted sequence. A row that loses a race for its session is refused.
    /// </summary>
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

    public Task CountAppendedAsync(IReadOnlyList<LedgerCount> rows) => CountAsync(rows);

    /// <summary>
    /// Adds rows that directly follow what the total has counted; anything else (a gap, a repeat) is read from the
    /// ledger instead, so the total never counts a row twice or skips one.
    /// </summary>
    private async Task CountAsync(IReadOnlyList<LedgerCount> rows)
    {
        foreach (var row in rows.OrderBy(r => r.Seq))
        {
            if (row.Seq <= state.State.AppliedLedgerSeq)
            {
                continue;
            }

            if (row.PreviousSeq != state.State.AppliedLedgerSeq)
            {
                await CatchUpTotalsAsync();
                continue;
            }

            state.State.CertifiedMinutes += row.DeltaMinutes;
            state.State.AppliedLedgerSeq = row.Seq;
            _totalsUnsaved = true;
            if (row.DeltaMinutes < 0)
            {
                await FlagStarIfBelowThresholdAsync();
            }
        }
    }

    /// <summary>A repeated command finds its row; the total counts it if it has not yet.</summary>
    private async Task<CertifiedService> CountAsync(string operation)
    {
        var record = await ledger.FindByOperationAsync(operation) ?? throw new DomainException(LedgerErrors.RecordNotFound, Key);
        await CatchUpTotalsAsync();
        return new CertifiedService(Guid.Parse(record.Id), Guid.Parse(record.RootId), record.Minutes, state.State.CertifiedMinutes);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_totalsUnsaved)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <returns>true when rows after the applied sequence were counted.</returns>
    private async Task<bool> CatchUpTotalsAsync()
    {
        var (minutes, lastSeq) = await ledger.SinceAsync(Key, state.State.AppliedLedgerSeq);
        if (lastSeq <= state.State.AppliedLedgerSeq)
        {
            return false;
        }

        state.State.CertifiedMinutes += minutes;
        state.State.AppliedLedgerSeq = lastSeq;
        _totalsUnsaved = true;
        await FlagStarIfBelowThresholdAsync();
        return true;
    }

    /// <summary>The reason and the corrected minutes; throws the broken rule (办法 Art13).</summary>
    private async Task<(string Reason, int Minutes)> CheckCorrectionAsync(ServiceRecord current, ServiceCorrection correction, string operation)
    {
        var reason = correction.Reason.Trim();
        if (reason.Length is 0 or > ServiceRules.MaxTextLength)
        {
            throw new DomainException(LedgerErrors.ReasonRequired, Key);
        }

        // Zero minutes withdraws the hours but keeps the entry: deduct the whole attended time.
        var attended = (int)Math.Floor((correction.EndUtc - correction.StartUtc).TotalMinutes);
        var minutes = correction.DeductedMinutes == attended && attended > 0
            ? 0
            : ServiceRules.Minutes(correction.StartUtc, correction.EndUtc, correction.DeductedMinutes, current.SessionStartUtc, current.SessionEndUtc, time.GetUtcNow().UtcDateTime, Key);
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
        var organization = await GrainFactory.ActedForByAsync(organizationId, actor);
        if (organization is null)
        {
            throw new DomainException(LedgerErrors.NotAllowed, Key);
        }

        RequireNotOwnRecord(actor);
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }
    }

    private void RequireNotOwnRecord(Actor actor)
    {
        if (actor.PersonalVolunteerId == Id)
        {
            throw new DomainException(LedgerErrors.OwnRecord, Key);
        }
    }

    private bool IsSameRegistration(RegisterVolunteer command) =>
        state.State.IsRegistered
        && command.Channel == state.State.Channel
        && command.OrganizationId == state.State.RegisteredBy
        && IdDocuments.Check(command.DocumentType, command.DocumentNumber, ChinaTime.Today(time)) is { IsValid: true } document
        && document.Normalized == personalData.Unprotect(state.State.ProtectedDocumentNumber);

    public async Task<VolunteerProfile> RegisterAsync(RegisterVolunteer command, CommandContext context)
    {
        // A repeat finishes what the first post began, but only for the same person through the same door: the key
        // is a form field anyone can set, and the repeat may create her account or enrol her. A fresh form of hers
        // finishes it too while her account is still unopened: to her the first attempt failed.
        var unfinished = state.State.PendingAccount is not null && !state.State.Operations.Contains(context.OperationId);
        if ((state.State.Operations.Contains(context.OperationId) || unfinished) && IsSameRegistration(command))
        {
            await AuthorizeRegistrationAsync(command, context);
            if (unfinished)
            {
                // The password she typed last is the one she remembers.
                state.State.PendingAccount = new PendingAccount(command.PasswordHash, command.MustChangePassword);
            }

            await PublishRegistrationAsync(command, context);
            return ToProfile();
        }

        if (state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.AlreadyRegistered, Key);
        }

        var today = ChinaTime.Today(time);
        var name = command.Name.Trim();
        if (name.Length is 0 or > VolunteerRules.MaxNameLength)
        {
            throw new DomainException(VolunteerErrors.NameInvalid, Key);
        }

        if (!Enum.IsDefined(command.DocumentType))
        {
            throw new DomainException(IdErrors.DocumentTypeInvalid, Key);
        }

        var document = IdDocuments.Check(command.DocumentType, command.DocumentNumber, today);
        if (!document.IsValid)
        {
            throw new DomainException(document.ErrorCode!, Key);
        }

        // An 18-character number states birth date and sex; only a passport needs them typed in.
        var birthDate = document.BirthDate ?? command.BirthDate;
        var sex = document.Sex ?? command.Sex;
        if (birthDate is not { } birth || sex is null || birth > today || birth < today.AddYears(-130))
        {
            throw new DomainException(VolunteerErrors.BirthDateRequired, Key);
        }

        await RequireRegionAsync(command.ResidenceRegionCode);
        var phone = RequirePhone(command.Phone);
        var (skills, intentions) = await ValidateServiceProfileAsync(command.Skills, command.Intentions);
        var guardian = ValidateGuardian(command.Guardian, IdDocuments.AgeOn(birth, today), today, birth);
        await AuthorizeRegistrationAsync(command, context);

        var documentHash = personalData.LookupHash(VolunteerRules.DocumentIdentifier, document.Normalized);
        var phoneHash = personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone);
        await ClaimIdentifiersAsync(documentHash, phoneHash);

        var serial = await directory.AllocateSerialAsync(Key);
        var now = time.GetUtcNow().UtcDateTime;
        state.State.IsRegistered = true;
        state.State.VolunteerNumber = VolunteerRules.VolunteerNumber(serial);
        state.State.Name = name;
        state.State.DocumentType = command.DocumentType;
        state.State.ProtectedDocumentNumber = personalData.Protect(document.Normalized);
        state.State.Sex = sex.Value;
        state.State.BirthDate = birth;
        state.State.ResidenceRegionCode = command.ResidenceRegionCode;
        state.State.ProtectedPhone = personalData.Protect(phone);
        state.State.Skills = skills;
        state.State.Intentions = intentions;
        state.State.Guardian = guardian;
        state.State.Status = VolunteerStatus.Registered;
        state.State.Channel = command.Channel;
        state.State.RegisteredBy = command.Channel == RegistrationChannel.Self ? null : command.OrganizationId;
        state.State.RegisteredUtc = now;
        state.State.LastChange = LastChange.From(context, "volunteer.registered", null, now, $"channel={command.Channel}");
        state.State.LastSanction = null;
        state.State.PendingAccount = new PendingAccount(command.PasswordHash, command.MustChangePassword);
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        _totalsUnsaved = false;

        await PublishRegistrationAsync(command, context);
        return ToProfile();
    }

    public async Task<VolunteerProfile> UpdateContactAsync(UpdateVolunteerContact command, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        await RequireRegionAsync(command.ResidenceRegionCode);
        var phone = RequirePhone(command.Phone);
        var (skills, intentions) = await ValidateServiceProfileAsync(command.Skills, command.Intentions);
        var oldPhone = personalData.Unprotect(state.State.ProtectedPhone);
        if (phone != oldPhone && !await directory.ClaimIdentifierAsync(personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone), Key))
        {
            throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }

        state.State.ProtectedPhone = personalData.Protect(phone);
        state.State.ResidenceRegionCode = command.ResidenceRegionCode;
        state.State.Skills = skills;
        state.State.Intentions = intentions;
        await CommitAsync(context, "volunteer.contact-updated", null);
        if (phone != oldPhone)
        {
            await directory.ReleaseIdentifierAsync(personalData.LookupHash(VolunteerRules.PhoneIdentifier, oldPhone), Key);
        }

        return ToProfile();
    }

    public async Task<VolunteerProfile> SetDisclosureConsentAsync(bool disclose, bool guardianAgrees, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        var age = IdDocuments.AgeOn(state.State.BirthDate, ChinaTime.Today(time));
        if (disclose && VolunteerRules.GuardianDecidesDisclosure(age) && !guardianAgrees)
        {
            throw new DomainException(VolunteerErrors.GuardianMustDecide, Key);
        }

        var minor = age < VolunteerRules.AdultAge;
        state.State.DiscloseToThirdParties = disclose;
        state.State.DisclosureGuardianAgreed = disclose && minor && guardianAgrees;
        // Between 14 and 18 she decides and her guardian is told; the line names the guardian's part either way.
        var guardian = !minor ? null : guardianAgrees ? "guardian-agreed" : "guardian-to-be-told";
        await CommitAsync(context, disclose ? "volunteer.disclosure-granted" : "volunteer.disclosure-withdrawn", guardian);
        return ToProfile();
    }

    public async Task ResetPasswordAsync(string passwordHash, CommandContext context)
    {
        RequireRegistered();
        if (!await InScopeAsync(context.Actor, administrator: true))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // A staff member does not hand themselves a new volunteer password: a colleague checks who they are.
        RequireNotOwnRecord(context.Actor);
        await accounts.ResetPasswordAsync(Key, passwordHash);
        // Her identity was checked in person, which is more than a lost phone's recovery codes prove: an authenticator
        // she turned on is removed with the old password, and she may enrol it again.
        await accounts.ResetSecondFactorAsync(Key);
        await audit.RecordAsync(context, "volunteer.password-reset", "volunteer", Key);
    }

    public async Task<RevealedIdentifiers> RevealIdentifiersAsync(CommandContext context)
    {
        RequireRegistered();
        var self = context.Actor.IsVolunteer(Id);
        if (!self && !(context.Actor.CanUnmask && await InScopeAsync(context.Actor, administrator: false)))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // The audit supervises staff who look at someone else's numbers; she reading her own is no one's business.
        if (!self)
        {
            await audit.RecordAsync(context, "volunteer.identifiers-revealed", "volunteer", Key);
        }

        var guardian = state.State.Guardian;
        return new RevealedIdentifiers(
            personalData.Unprotect(state.State.ProtectedDocumentNumber),
            personalData.Unprotect(state.State.ProtectedPhone),
            guardian is null ? null : personalData.Unprotect(guardian.ProtectedPhone),
            guardian is null ? null : personalData.Unprotect(guardian.ProtectedIdNumber));
    }

    public async Task<VolunteerProfile> SanctionAsync(SanctionKind kind, string reason, Guid? organizationId, CommandContext context)
    {
        RequireRegistered();
        // A repeat answers her profile: only to someone who may sanction her at all.
        if (!await InScopeAsync(context.Actor, administrator: true))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        if (await RepeatedAsync(context))
        {
            return ToProfile();
        }

        var why = reason.Trim();
        if (why.Length is 0 or > VolunteerRules.MaxReasonLength)
        {
            throw new DomainException(VolunteerErrors.ReasonRequired, Key);
        }

        var bureau = context.Actor.IsBureau && await InScopeAsync(context.Actor, administrator: true);
        switch (kind)
        {
            case SanctionKind.Reinstatement:
                // Only a bureau lifts a revocation (issue rule: "until reinstated by a bureau").
                if (!bureau)
                {
                    throw new DomainException(VolunteerErrors.NotAllowed, Key);
                }

                if (state.State.Status != VolunteerStatus.Revoked)
                {
                    throw new DomainException(VolunteerErrors.NotRevoked, Key);
                }

                state.State.Status = VolunteerStatus.Registered;
                break;
            case SanctionKind.Warning or SanctionKind.Revocation:
                if (!bureau && !await OrganizationAdministersAsync(context.Actor, organizationId))
                {
                    throw new DomainException(VolunteerErrors.NotAllowed, Key);
                }

                if (kind == SanctionKind.Revocation)
                {
                    if (state.State.Status == VolunteerStatus.Revoked)
                    {
                        throw new DomainException(VolunteerErrors.Revoked, Key);
                    }

                    state.State.Status = VolunteerStatus.Revoked;
                }
                else
                {
                    state.State.Warnings++;
                }

                break;
            default:
                throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        state.State.LastSanction = kind;
        state.State.LastSanctionOrganization = bureau ? null : organizationId;
        await CommitAsync(context, "volunteer.sanction-" + kind.ToString().ToLowerInvariant(), why, keepSanction: true);
        return ToProfile();
    }

    public async Task RequestCorrectionAsync(Guid organizationId, CorrectionField field, string message, CommandContext context)
    {
        RequireRegistered();
        var text = message.Trim();
        if (!Enum.IsDefined(field) || text.Length is 0 or > VolunteerRules.MaxReasonLength)
        {
            throw new DomainException(VolunteerErrors.CorrectionInvalid, Key);
        }

        if (!await IsStaffOfMemberOrganizationAsync(context.Actor, organizationId))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // The request is a row keyed by the operation id: a retry adds nothing.
        await corrections.AddAsync(new CorrectionRequest
        {
            Id = context.OperationId.ToString(),
            VolunteerId = Key,
            OrganizationId = organizationId.ToString(),
            Field = field.ToString(),
            Message = text,
            RequestedByName = context.Actor.DisplayName,
            RequestedUtc = time.GetUtcNow().UtcDateTime,
        });
        await audit.RecordAsync(context, "volunteer.correction-requested", "volunteer", Key, $"field={field}; organization={organizationId}");
    }

    public async Task ResolveCorrectionAsync(Guid requestId, CommandContext context)
    {
        RequireRegistered();
        RequireSelf(context);
        if (!await corrections.ResolveAsync(requestId.ToString(), Key, time.GetUtcNow().UtcDateTime))
        {
            throw new DomainException(VolunteerErrors.CorrectionNotFound, Key);
        }

        await audit.RecordAsync(context, "volunteer.correction-resolved", "volunteer", Key, $"request={requestId}");
    }

    public async Task<VolunteerProfile?> ViewProfileAsync(Actor viewer) =>
        state.State.IsRegistered && (viewer.IsVolunteer(Id) || await InScopeAsync(viewer, administrator: false)) ? ToProfile() : null;

    public Task<VolunteerProfile?> GetProfileAsync() =>
        Task.FromResult(state.State.IsRegistered ? ToProfile() : null);

    public Task<VolunteerStanding> GetStandingAsync() => Task.FromResult(state.State.IsRegistered
        ? new VolunteerStanding(true, state.State.Status, state.State.BirthDate, state.State.Guardian is not null, state.State.ResidenceRegionCode, state.State.RegisteredBy)
        : new VolunteerStanding(false, VolunteerStatus.Registered, null, false, null));

    private async Task AuthorizeRegistrationAsync(RegisterVolunteer command, CommandContext context)
    {
        if (command.Channel == RegistrationChannel.Self)
        {
            RequireSelf(context);
            return;
        }

        if (command.OrganizationId is not { } organizationId)
        {
            throw new DomainException(VolunteerErrors.OrganizationRequired, Key);
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync()
            ?? throw new DomainException(OrganizationErrors.NotFound, organizationId.ToString());
        if (organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }

        if (!context.Actor.ActsFor(organization.Id, organization.RegionCode))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        // A12.2: the organization registers the person on the spot, with their agreement on record.
        if (!command.PersonConsented)
        {
            throw new DomainException(VolunteerErrors.PersonConsentRequired, Key);
        }
    }

    /// <summary>One person registers once: the ID number and the phone each belong to one volunteer.</summary>
    private async Task ClaimIdentifiersAsync(string documentHash, string phoneHash)
    {
        if (await directory.FindByIdentifierAsync(documentHash) is { } holder && holder != Key)
        {
            throw new DomainException(VolunteerErrors.IdTaken, Key);
        }

        if (await directory.FindByIdentifierAsync(phoneHash) is { } phoneHolder && phoneHolder != Key)
        {
            throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }

        if (!await directory.ClaimIdentifierAsync(documentHash, Key))
        {
            throw new DomainException(VolunteerErrors.IdTaken, Key);
        }

        if (!await directory.ClaimIdentifierAsync(phoneHash, Key))
        {
            // Lost a race for the phone: give the ID number back so the person can register with another phone.
            await directory.ReleaseIdentifierAsync(documentHash, Key);
            throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }
    }

    private async Task PublishRegistrationAsync(RegisterVolunteer command, CommandContext context)
    {
        await OpenPendingAccountAsync();
        await PublishAsync();
        if (command.Channel != RegistrationChannel.Self && command.OrganizationId is { } organizationId)
        {
            await GrainFactory.Membership(Id, organizationId).EnrolAsync(command.Channel.ToString(), context);
        }
    }

    private async Task OpenPendingAccountAsync()
    {
        if (state.State.PendingAccount is not { } pending)
        {
            return;
        }

        // Opening it twice does nothing the second time (the row is keyed by her id), so a repair may always try.
        await accounts.TryCreateAsync(new AccountRecord
        {
            Id = Key,
            // Volunteers sign in with their phone or ID number (found through their keyed hashes) or their volunteer number.
            UserName = state.State.VolunteerNumber,
            NormalizedUserName = AccountRecord.Normalize(state.State.VolunteerNumber),
            DisplayName = state.State.VolunteerNumber,
            PasswordHash = pending.PasswordHash,
            Role = Role.Volunteer,
            VolunteerId = Key,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = state.State.RegisteredUtc,
            MustChangePassword = pending.MustChangePassword,
        });
        state.State.PendingAccount = null;
        await state.WriteStateAsync();
    }

    private async Task<bool> RepeatedAsync(CommandContext context)
    {
        if (!state.State.Operations.Contains(context.OperationId))
        {
            return false;
        }

        if (state.State.LastChange?.OperationId == context.OperationId)
        {
            await PublishAsync();
        }

        return true;
    }

    private async Task CommitAsync(CommandContext context, string @event, string? reason, bool keepSanction = false)
    {
        if (!keepSanction)
        {
            state.State.LastSanction = null;
        }

        state.State.LastChange = LastChange.From(context, @event, reason, time.GetUtcNow().UtcDateTime);
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        _totalsUnsaved = false;
        await PublishAsync();
    }

    /// <summary>Brings the projection, the sanction history and the audit log up to the state; safe to repeat.</summary>
    private async Task PublishAsync()
    {
        await directory.UpsertAsync(new VolunteerRow
        {
            Id = Key,
            VolunteerNumber = state.State.VolunteerNumber,
            DisplayName = state.State.Name,
            Status = state.State.Status.ToString(),
            RegisteredUtc = state.State.RegisteredUtc,
            ResidenceRegion = state.State.ResidenceRegionCode,
            Sex = state.State.Sex.ToString(),
            BirthDate = state.State.BirthDate,
            Channel = state.State.Channel.ToString(),
            StarLevel = state.State.StarLevel,
        });
        if (state.State.LastChange is not { } change)
        {
            return;
        }

        if (state.State.LastSanction is { } kind)
        {
            await sanctions.AppendAsync(new SanctionRecord
            {
                OperationId = change.OperationId.ToString(),
                VolunteerId = Key,
                Kind = kind.ToString(),
                Reason = change.Reason ?? "",
                OrganizationId = state.State.LastSanctionOrganization?.ToString(),
                DecidedById = change.ActorId,
                DecidedByName = change.ActorName,
                AtUtc = change.AtUtc,
            });
        }

        await audit.RecordAsync(change, "volunteer", Key);
    }

    /// <summary>
    /// An organization sees its own members; a bureau sees the volunteers living in its region and the members of
    /// organizations in it (A4, A11, A21).
    /// </summary>
    private async Task<bool> InScopeAsync(Actor actor, bool administrator)
    {
        if (actor.IsBureau)
        {
            if (actor.OverseesRegion(state.State.ResidenceRegionCode))
            {
                return true;
            }

            var joined = await memberships.ListForVolunteerAsync(Key);
            return joined.Any(m => m.Status == nameof(MembershipStatus.Member) && m.OrganizationRegion is { } region && actor.OverseesRegion(region));
        }

        return administrator
            ? await OrganizationAdministersAsync(actor, actor.OrganizationId)
            : await IsStaffOfMemberOrganizationAsync(actor, actor.OrganizationId);
    }

    private async Task<bool> IsStaffOfMemberOrganizationAsync(Actor actor, Guid? organizationId) =>
        actor.Role is Role.OrganizationAdmin or Role.Recorder
        && organizationId is { } organization
        && actor.OrganizationId == organization
        && (await GrainFactory.Membership(Id, organization).GetAsync()).Status == MembershipStatus.Member;

    private async Task<bool> OrganizationAdministersAsync(Actor actor, Guid? organizationId) =>
        actor.Role == Role.OrganizationAdmin && await IsStaffOfMemberOrganizationAsync(actor, organizationId);

    private void RequireRegistered()
    {
        if (!state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.NotRegistered, Key);
        }
    }

    private void RequireSelf(CommandContext context)
    {
        if (!context.Actor.IsVolunteer(Id))
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }
    }

    private async Task RequireRegionAsync(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || await regions.FindAsync(code) is null)
        {
            throw new DomainException(VolunteerErrors.ResidenceUnknown, Key);
        }
    }

    private string RequirePhone(string phone)
    {
        var trimmed = phone.Trim();
        return VolunteerRules.IsMobilePhone(trimmed) ? trimmed : throw new DomainException(VolunteerErrors.PhoneInvalid, Key);
    }

    private GuardianState? ValidateGuardian(GuardianConsent? guardian, int age, DateOnly today, DateOnly birth)
    {
        if (age >= VolunteerRules.AdultAge)
        {
            return null;
        }

        // A7.2: under 18 only with the recorded consent of a legal guardian.
        if (guardian is null)
        {
            throw new DomainException(VolunteerErrors.GuardianRequired, Key);
        }

        var guardianId = IdDocuments.Check(IdDocumentType.ResidentIdCard, guardian.IdNumber, today);
        var name = guardian.Name.Trim();
        var relation = guardian.Relation.Trim();
        if (name.Length is 0 or > VolunteerRules.MaxGuardianNameLength
            || relation.Length is 0 or > VolunteerRules.MaxRelationLength
            || !VolunteerRules.IsMobilePhone(guardian.Phone.Trim())
            || !guardianId.IsValid
            || IdDocuments.AgeOn(guardianId.BirthDate!.Value, today) < VolunteerRules.AdultAge
            || guardian.ConsentDate > today
            || guardian.ConsentDate < birth)
        {
            throw new DomainException(VolunteerErrors.GuardianInvalid, Key);
        }

        if (age < VolunteerRules.ChildAge && !guardian.ConsentsToDataProcessing)
        {
            throw new DomainException(VolunteerErrors.GuardianDataConsentRequired, Key);
        }

        return new GuardianState
        {
            Name = name,
            Relation = relation,
            ProtectedPhone = personalData.Protect(guardian.Phone.Trim()),
            ProtectedIdNumber = personalData.Protect(guardianId.Normalized),
            ConsentDate = guardian.ConsentDate,
            ConsentsToDataProcessing = guardian.ConsentsToDataProcessing,
        };
    }

    private async Task<(string Skills, List<string> Intentions)> ValidateServiceProfileAsync(string skills, IReadOnlyList<string> intentions)
    {
        var cleanSkills = skills.Trim();
        if (cleanSkills.Length > VolunteerRules.MaxSkillsLength)
        {
            throw new DomainException(VolunteerErrors.SkillsTooLong, Key);
        }

        if (!await GrainFactory.GetGrain<ICategoryCatalogGrain>(0).AreListedAsync(intentions))
        {
            throw new DomainException(VolunteerErrors.IntentionInvalid, Key);
        }

        return (cleanSkills, [.. intentions.Distinct().Order(StringComparer.Ordinal)]);
    }

    private VolunteerProfile ToProfile() => new(
        Id,
        state.State.VolunteerNumber,
        state.State.Name,
        state.State.DocumentType,
        IdDocuments.Mask(personalData.Unprotect(state.State.ProtectedDocumentNumber)),
        state.State.Sex,
        state.State.BirthDate,
        state.State.ResidenceRegionCode,
        PersonalDataProtector.Mask(personalData.Unprotect(state.State.ProtectedPhone), 3, 4),
        state.State.Skills,
        state.State.Intentions,
        state.State.Status,
        state.State.Warnings,
        state.State.DiscloseToThirdParties,
        state.State.Guardian?.Name,
        state.State.Guardian?.Relation,
        state.State.Channel,
        state.State.RegisteredUtc,
        state.State.CertifiedMinutes,
        StarStanding(),
        VolunteerRules.NameIsPublic(IdDocuments.AgeOn(state.State.BirthDate, ChinaTime.Today(time)), state.State.DiscloseToThirdParties, state.State.DisclosureGuardianAgreed),
        state.State.AppliedLedgerSeq);
}
