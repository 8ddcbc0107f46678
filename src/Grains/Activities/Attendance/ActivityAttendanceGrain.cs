using System.Security.Cryptography;
using VolunteerRecords.Grains.Claims;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Evaluations;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Audit;
using VolunteerRecords.Storage.Claims;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Participants;
using VolunteerRecords.Storage.Proofs;
using VolunteerRecords.Storage.RecordBook;

namespace VolunteerRecords.Grains.Activities.Attendance;

/// <summary>
/// Keeps no state of its own: everything it certifies, files or scores is a row whose key is the command's operation,
/// so a repeat finds what the first attempt wrote.
/// </summary>
public sealed class ActivityAttendanceGrain(
    IParticipantStore participants,
    IRecordBook records,
    IServiceClaimStore claims,
    IServiceLedger ledger,
    IProofPhotoStore photos,
    GrainAudit audit,
    TimeProvider time) : Grain, IActivityAttendanceGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Guid> AttachSheetPhotoAsync(byte[] content, CommandContext context)
    {
        var terms = await CertifiableTermsAsync();
        await RequireActsForAsync(terms, context, ActivityErrors.NotAllowed);
        var contentType = AttendanceRules.SheetPhotoType(content) ?? throw new DomainException(ActivityErrors.PhotoInvalid, Key);

        // The upload's operation is the photo's id: a retried upload stores nothing twice.
        if (await photos.SaveAsync(new ProofPhoto
        {
            Id = context.OperationId.ToString(),
            OrganizationId = terms.OrganizationId.ToString(),
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
        var terms = await CertifiableTermsAsync();
        await RequireActsForAsync(terms, context, ActivityErrors.NotAllowed);
        foreach (var photo in entries.Select(e => e.Proof.PhotoId).OfType<Guid>().Distinct())
        {
            if ((await photos.DescribeAsync(photo.ToString()))?.ActivityId != Key)
            {
                throw new DomainException(ActivityErrors.PhotoUnknown, Key);
            }
        }

        var roster = (await participants.RosterAsync(Key))
            .Where(p => p.Status == ParticipantStatus.Confirmed)
            .Select(p => Guid.Parse(p.VolunteerId))
            .ToHashSet();
        var audited = new AuditEntry(
            Now, context.Actor.AccountId, context.Actor.DisplayName, "activity.attendance-certified", "activity", Key, context.RemoteIp,
            $"entries={entries.Count}", context.OperationId);
        return await CertifyEntriesAsync(terms, [.. entries.Select(e => (e, AttendanceRules.EntryOperation(context.OperationId, e)))], roster, context, audited);
    }

    public async Task ClaimHoursAsync(Guid volunteerId, HoursClaim claim, CommandContext context)
    {
        var terms = await TermsAsync();
        if (!context.Actor.IsVolunteer(volunteerId))
        {
            throw new DomainException(ClaimErrors.NotAllowed, Key);
        }

        var id = context.OperationId.ToString();
        if (await claims.FindAsync(id) is not null)
        {
            return;
        }

        if (!terms.IsCertifiable)
        {
            throw new DomainException(ActivityErrors.NotCertifiable, Key);
        }

        await RequireOnRosterAsync(volunteerId);
        var (session, proof) = AttendanceRules.Claim(terms, claim, Now);
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
            OrganizationId = terms.OrganizationId.ToString(),
            ActivityId = Key,
            SessionId = session.Id.ToString(),
            StartUtc = claim.StartUtc,
            EndUtc = claim.EndUtc,
            DeductedMinutes = claim.DeductedMinutes,
            ProofName = proof.Name,
            ProofContact = proof.Contact,
            ProofNote = proof.Note,
            FiledByName = context.Actor.DisplayName,
            FiledUtc = Now,
        });
        await audit.RecordAsync(context, "activity.hours-claimed", "activity", Key, $"volunteer={volunteerId}; session={session.Id}; claim={id}");
    }

    public async Task<int?> DecideClaimAsync(ClaimDecision decision, CommandContext context)
    {
        var terms = await TermsAsync();
        var claim = await claims.FindAsync(decision.ClaimId.ToString());
        if (claim is null || claim.ActivityId != Key || claim.Kind != ClaimKind.Hours)
        {
            throw new DomainException(ClaimErrors.NotFound, Key);
        }

        await RequireActsForAsync(terms, context, ActivityErrors.NotAllowed);

        // The same answer posted twice is a repeat; the other answer to a decided claim is refused.
        if (!claim.IsPending)
        {
            return claim.Certified == decision.Certify
                ? (claim.Certified == true ? (await ledger.CurrentAsync(claim.RecordId!))?.Minutes : null)
                : throw new DomainException(ClaimErrors.Decided, Key);
        }

        var note = ClaimRules.DecisionNote(decision.Certify, decision.Note, Key);
        AttendanceResult? certified = null;
        if (decision.Certify)
        {
            if (!terms.IsCertifiable)
            {
                throw new DomainException(ActivityErrors.NotCertifiable, Key);
            }

            var entry = new AttendanceEntry(
                Guid.Parse(claim.VolunteerId), Guid.Parse(claim.SessionId!), claim.StartUtc, claim.EndUtc, claim.DeductedMinutes,
                new ServiceProof(claim.ProofName ?? "", claim.ProofContact, claim.ProofNote));
            HashSet<Guid> roster = await participants.FindAsync(Key, claim.VolunteerId) is { Status: ParticipantStatus.Confirmed } ? [entry.VolunteerId] : [];
            // The claim's id is the certification's operation: deciding again after a crash finds the same row.
            var result = (await CertifyEntriesAsync(terms, [(entry, decision.ClaimId)], roster, context, null))[0];
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
        var terms = await TermsAsync();
        await RequireActsForAsync(terms, context, RecordErrors.NotAllowed);
        if (terms.Status is not (ActivityStatus.Ended or ActivityStatus.RecordsClosed))
        {
            throw new DomainException(RecordErrors.NotEnded, Key);
        }

        await RequireOnRosterAsync(volunteerId);
        var text = AttendanceRules.Evaluation(dutyScore, satisfactionScore, comment, Key);
        var added = await records.AddEvaluationAsync(new EvaluationRow
        {
            Id = context.OperationId.ToString(),
            OperationId = context.OperationId.ToString(),
            ActivityId = Key,
            VolunteerId = volunteerId.ToString(),
            OrganizationId = terms.OrganizationId.ToString(),
            DutyScore = dutyScore,
            SatisfactionScore = satisfactionScore,
            Comment = text,
            EvaluatedByName = context.Actor.DisplayName,
            EvaluatedUtc = Now,
        });
        if (!added && !await records.EvaluatedAsync(Key, volunteerId.ToString(), context.OperationId.ToString()))
        {
            throw new DomainException(RecordErrors.AlreadyEvaluated, Key);
        }

        await audit.RecordAsync(context, "activity.evaluated", "activity", Key, $"volunteer={volunteerId}; duty={dutyScore}; satisfaction={satisfactionScore}");
    }

    /// <summary>
    /// Checks each entry against the roster, the session and the rules of A13 and A21, then appends the ones that pass
    /// to the ledger together, in chunks of one transaction each; the volunteers' totals then count their rows.
    /// </summary>
    private async Task<IReadOnlyList<AttendanceResult>> CertifyEntriesAsync(
        ActivityTerms terms, IReadOnlyList<(AttendanceEntry Entry, Guid Operation)> entries, HashSet<Guid> roster, CommandContext context, AuditEntry? audited)
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
                pending.Add((i, AttendanceRules.Record(terms, entry, standings.GetValueOrDefault(entry.VolunteerId), operation, context.Actor, Now)));
            }
            catch (DomainException exception)
            {
                results[i] = new AttendanceResult(entry.VolunteerId, entry.SessionId, null, exception.Code);
            }
        }

        foreach (var chunk in pending.Chunk(ActivityRules.MaxEntriesPerTransaction))
        {
            var answers = await ledger.AppendAsync([.. chunk.Select(p => p.Record)], audited, ServiceRules.LongestEntry);
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

            await Task.WhenAll(counts.Select(c => GrainFactory.GetGrain<IRecordBookGrain>(c.Key).CountAppendedAsync(c.Value)));
        }

        return results;
    }

    private async Task RequireOnRosterAsync(Guid volunteerId)
    {
        if (await participants.FindAsync(Key, volunteerId.ToString()) is not { Status: ParticipantStatus.Confirmed })
        {
            throw new DomainException(ActivityErrors.NotOnRoster, Key);
        }
    }

    private async Task RequireActsForAsync(ActivityTerms terms, CommandContext context, string refusal)
    {
        if (await GrainFactory.ActedForByAsync(terms.OrganizationId, context.Actor) is null)
        {
            throw new DomainException(refusal, Key);
        }
    }

    private async Task<ActivityTerms> TermsAsync() =>
        await GrainFactory.GetGrain<IActivityGrain>(Id).GetTermsAsync() ?? throw new DomainException(ActivityErrors.NotFound, Key);

    private async Task<ActivityTerms> CertifiableTermsAsync()
    {
        var terms = await TermsAsync();
        return terms.IsCertifiable ? terms : throw new DomainException(ActivityErrors.NotCertifiable, Key);
    }
}
