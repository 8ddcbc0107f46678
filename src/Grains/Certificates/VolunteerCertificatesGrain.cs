using System.Security.Cryptography;
using System.Text.Json;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Grains.Certificates;

/// <summary>
/// Keeps no state of its own: a certificate is a row keyed by the operation that issued it, with a frozen snapshot
/// of the records in scope, so a repeat finds the certificate the first attempt issued.
/// </summary>
public sealed class VolunteerCertificatesGrain(
    ICertificateStore certificates,
    IServiceLedger ledger,
    PersonalDataProtector personalData,
    GrainAudit audit,
    TimeProvider time) : Grain, IVolunteerCertificatesGrain
{
    private Guid Id => this.GetPrimaryKey();

    private string Key => Id.ToString();

    private IVolunteerGrain Volunteer => GrainFactory.GetGrain<IVolunteerGrain>(Id);

    public async Task<IssuedCertificate> IssueAsync(CertificateRequest request, CommandContext context)
    {
        var profile = await Volunteer.GetProfileAsync() ?? throw new DomainException(VolunteerErrors.NotRegistered, Key);
        var id = context.OperationId.ToString();

        // The volunteer, or an organization for its own member and of its own records only (A23, A25); checked
        // before the repeat check, so an operation id picked by anyone else answers nothing.
        var self = context.Actor.IsVolunteer(Id);
        if (!self && (context.Actor.IsBureau || request.OrganizationId != context.Actor.OrganizationId
            || !await Volunteer.IsInScopeAsync(context.Actor, administrator: false)))
        {
            throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        if (await certificates.FindAsync(id) is { } existing)
        {
            return existing.VolunteerId == Key
                ? new IssuedCertificate(context.OperationId, existing.Number, CodeFor(id))
                : throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        var scopeOrganization = request.OrganizationId is { } scope ? await GrainFactory.GetGrain<IOrganizationGrain>(scope).GetProfileAsync() : null;
        // A suspended or deregistered organization issues nothing; she still issues her own certificates of its records.
        if (!self && scopeOrganization?.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, request.OrganizationId.ToString()!);
        }

        var today = ChinaTime.Today(time);
        CertificateRules.CheckRequest(request, today, Key);
        var entries = await ledger.CurrentEntriesAsync(
            Key,
            scopeOrganization?.Id.ToString() ?? request.OrganizationId?.ToString(),
            request.From is { } from ? ChinaTime.StartOfDayUtc(from) : null,
            request.To is { } to ? ChinaTime.StartOfDayUtc(to.AddDays(1)) : null);
        if (entries.Count == 0)
        {
            throw new DomainException(CertificateErrors.NoRecords, Key);
        }

        var organizations = new Dictionary<string, OrganizationProfile>();
        foreach (var organizationId in entries.Select(e => e.OrganizationId).Distinct())
        {
            if (await GrainFactory.GetGrain<IOrganizationGrain>(Guid.Parse(organizationId)).GetProfileAsync() is { } organization)
            {
                organizations[organizationId] = organization;
            }
        }

        var total = entries.Sum(e => (long)e.Minutes);
        var content = new CertificateContent(
            profile.Name,
            profile.MaskedDocumentNumber,
            profile.VolunteerNumber,
            request.Purpose,
            request.From,
            request.To,
            scopeOrganization?.Name,
            total,
            [.. entries.Select(e => new CertifiedServiceLine(
                ChinaTime.DateOf(e.StartUtc), e.Content, e.Place, e.Minutes, organizations.GetValueOrDefault(e.OrganizationId)?.Name ?? ""))],
            [.. organizations.Values.Select(o => new RecordingOrganization(o.Name, o.ContactName))],
            today,
            context.Actor.DisplayName,
            profile.DocumentType);
        var code = CodeFor(id);
        for (var attempt = 0; ; attempt++)
        {
            var number = CertificateRules.Number(today, RandomNumberGenerator.GetInt32(0, 1_000_000));
            var added = await certificates.AddAsync(new CertificateRow
            {
                Id = id,
                Number = number,
                CodeHash = CertificateCodes.Hash(code),
                VolunteerId = Key,
                Purpose = request.Purpose.ToString(),
                PeriodFrom = request.From,
                PeriodTo = request.To,
                OrganizationId = request.OrganizationId?.ToString(),
                OrganizationIds = string.Join(',', entries.Select(e => e.OrganizationId).Distinct().Order(StringComparer.Ordinal)),
                TotalMinutes = total,
                Snapshot = JsonSerializer.Serialize(content),
                IssuedByName = context.Actor.DisplayName,
                IssuedUtc = time.GetUtcNow().UtcDateTime,
            });
            if (added)
            {
                await audit.RecordAsync(context, "certificate.issued", "volunteer", Key, $"certificate={id}; number={number}; minutes={total}");
                return new IssuedCertificate(context.OperationId, number, code);
            }

            // A drawn number that is taken: draw again. The same id stored already is a retry racing this one.
            if (await certificates.FindAsync(id) is { } raced)
            {
                return new IssuedCertificate(context.OperationId, raced.Number, code);
            }

            if (attempt == 5)
            {
                throw new InvalidOperationException("No free certificate number after six draws.");
            }
        }
    }

    public async Task RevokeAsync(Guid certificateId, string reason, CommandContext context)
    {
        _ = await Volunteer.GetProfileAsync() ?? throw new DomainException(VolunteerErrors.NotRegistered, Key);
        var certificate = await certificates.FindAsync(certificateId.ToString());
        if (certificate is null || certificate.VolunteerId != Key)
        {
            throw new DomainException(CertificateErrors.NotFound, Key);
        }

        // The organization whose records alone it covers (its admin) or a bureau over the volunteer; not the volunteer.
        if (!await Volunteer.IsInScopeAsync(context.Actor, administrator: true)
            || (!context.Actor.IsBureau && !certificate.HeldBy.Contains(context.Actor.OrganizationId?.ToString())))
        {
            throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        var why = CertificateRules.RevocationReason(reason, Key);
        if (await certificates.RevokeAsync(certificate.Id, why, context.Actor.DisplayName, time.GetUtcNow().UtcDateTime))
        {
            await audit.RecordAsync(context, "certificate.revoked", "volunteer", Key, $"certificate={certificate.Id}");
        }
    }

    private string CodeFor(string certificateId) => CertificateCodes.Derive(personalData, certificateId);
}
