using System.Security.Cryptography;
using System.Text.Json;
using VolunteerRecords.Grains.Certificates;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Certificates;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Certificates of service (A5.5, A25; 办法 Art14-17): free, at once, a frozen snapshot of the records in scope.</summary>
public sealed partial class VolunteerGrain
{
    public async Task<IssuedCertificate> IssueCertificateAsync(CertificateRequest request, CommandContext context)
    {
        RequireRegistered();
        var id = context.OperationId.ToString();

        // The volunteer, or an organization for its own member and of its own records only (A23, A25); checked
        // before the repeat check, so an operation id picked by anyone else answers nothing.
        var self = context.Actor.IsVolunteer(Id);
        if (!self && (!await IsStaffOfMemberOrganizationAsync(context.Actor, context.Actor.OrganizationId) || request.OrganizationId != context.Actor.OrganizationId))
        {
            throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        if (await certificates.FindAsync(id) is { } existing)
        {
            return existing.VolunteerId == Key
                ? new IssuedCertificate(context.OperationId, existing.Number, CodeFor(id))
                : throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        await RequireOrganizationMayIssueAsync(context, request);

        if (!Enum.IsDefined(request.Purpose))
        {
            throw new DomainException(CertificateErrors.PurposeInvalid, Key);
        }

        var today = ChinaTime.Today(time);
        if (request.From > request.To || request.To > today || request.From > today)
        {
            throw new DomainException(CertificateErrors.PeriodInvalid, Key);
        }

        var scopeOrganization = request.OrganizationId is { } scope ? await GrainFactory.GetGrain<IOrganizationGrain>(scope).GetProfileAsync() : null;
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
            if (await GrainFactory.GetGrain<IOrganizationGrain>(Guid.Parse(organizationId)).GetProfileAsync() is { } profile)
            {
                organizations[organizationId] = profile;
            }
        }

        var total = entries.Sum(e => (long)e.Minutes);
        var content = new CertificateContent(
            state.State.Name,
            IdDocuments.Mask(personalData.Unprotect(state.State.ProtectedDocumentNumber)),
            state.State.VolunteerNumber,
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
            state.State.DocumentType);
        var code = CodeFor(id);
        for (var attempt = 0; ; attempt++)
        {
            var number = "FX" + today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
                + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
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

    public async Task RevokeCertificateAsync(Guid certificateId, string reason, CommandContext context)
    {
        RequireRegistered();
        var certificate = await certificates.FindAsync(certificateId.ToString());
        if (certificate is null || certificate.VolunteerId != Key)
        {
            throw new DomainException(CertificateErrors.NotFound, Key);
        }

        // The organization whose records alone it covers (its admin) or a bureau over the volunteer; not the volunteer.
        if (!await InScopeAsync(context.Actor, administrator: true)
            || (!context.Actor.IsBureau && !certificate.HeldBy.Contains(context.Actor.OrganizationId?.ToString())))
        {
            throw new DomainException(CertificateErrors.NotAllowed, Key);
        }

        var why = reason.Trim();
        if (why.Length is 0 or > ServiceRules.MaxTextLength)
        {
            throw new DomainException(CertificateErrors.ReasonRequired, Key);
        }

        if (await certificates.RevokeAsync(certificate.Id, why, context.Actor.DisplayName, time.GetUtcNow().UtcDateTime))
        {
            await audit.RecordAsync(context, "certificate.revoked", "volunteer", Key, $"certificate={certificate.Id}");
        }
    }

    /// <summary>A suspended or deregistered organization issues nothing; she still issues her own certificates of its records.</summary>
    private async Task RequireOrganizationMayIssueAsync(CommandContext context, CertificateRequest request)
    {
        if (context.Actor.IsVolunteer(Id) || request.OrganizationId is not { } organizationId)
        {
            return;
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetProfileAsync();
        if (organization is null || organization.Status != OrganizationStatus.Active)
        {
            throw new DomainException(OrganizationErrors.NotActive, organizationId.ToString());
        }
    }

    private string CodeFor(string certificateId) => CertificateCodes.Derive(personalData, certificateId);
}
