using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Claims;

public sealed class SqlServiceClaimStore(ISqlConnectionFactory connections) : IServiceClaimStore
{
    private const string Select =
        """
        SELECT c.id AS Id, c.kind AS Kind, c.volunteer_id AS VolunteerId, c.organization_id AS OrganizationId,
               c.activity_id AS ActivityId, c.session_id AS SessionId, c.root_id AS RootId, c.start_utc AS StartUtc,
               c.end_utc AS EndUtc, c.deducted_minutes AS DeductedMinutes, c.proof_name AS ProofName,
               c.proof_contact AS ProofContact, c.proof_note AS ProofNote, c.reason AS Reason,
               c.filed_by_name AS FiledByName, c.filed_utc AS FiledUtc, d.certified AS Certified, d.note AS DecisionNote,
               d.record_id AS RecordId, d.decided_by_name AS DecidedByName, d.decided_utc AS DecidedUtc,
               a.title AS ActivityTitle, v.display_name AS VolunteerName
        FROM service_claims c
        LEFT JOIN service_claim_decisions d ON d.claim_id = c.id
        LEFT JOIN activities a ON a.id = c.activity_id
        LEFT JOIN volunteers v ON v.id = c.volunteer_id
        """;

    public async Task<bool> FileAsync(ServiceClaimRow claim, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO service_claims (id, kind, volunteer_id, organization_id, activity_id, session_id, root_id, start_utc, end_utc,
                                        deducted_minutes, proof_name, proof_contact, proof_note, reason, filed_by_name, filed_utc)
            VALUES (@Id, @Kind, @VolunteerId, @OrganizationId, @ActivityId, @SessionId, @RootId, @StartUtc, @EndUtc,
                    @DeductedMinutes, @ProofName, @ProofContact, @ProofNote, @Reason, @FiledByName, @FiledUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            new
            {
                claim.Id,
                // Stored by name, as the queue's queries read it.
                Kind = claim.Kind.ToString(),
                claim.VolunteerId,
                claim.OrganizationId,
                claim.ActivityId,
                claim.SessionId,
                claim.RootId,
                claim.StartUtc,
                claim.EndUtc,
                claim.DeductedMinutes,
                claim.ProofName,
                claim.ProofContact,
                claim.ProofNote,
                claim.Reason,
                claim.FiledByName,
                claim.FiledUtc,
            },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<ServiceClaimRow?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ServiceClaimRow>(new CommandDefinition(
            $"{Select} WHERE c.id = @Id;", new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<ServiceClaimRow?> FindPendingAsync(string volunteerId, string? sessionId, string? rootId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var match = rootId is null ? "c.session_id = @SessionId AND c.kind = 'Hours'" : "c.root_id = @RootId";
        return await connection.QueryFirstOrDefaultAsync<ServiceClaimRow>(new CommandDefinition(
            $"{Select} WHERE c.volunteer_id = @VolunteerId AND {match} AND d.claim_id IS NULL ORDER BY c.filed_utc LIMIT 1;",
            new { VolunteerId = volunteerId, SessionId = sessionId, RootId = rootId },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> DecideAsync(string claimId, bool certified, string? note, string? recordId, string decidedBy, DateTime decidedUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO service_claim_decisions (claim_id, certified, note, record_id, decided_by_name, decided_utc)
            VALUES (@ClaimId, @Certified, @Note, @RecordId, @DecidedBy, @DecidedUtc)
            ON CONFLICT (claim_id) DO NOTHING;
            """,
            new { ClaimId = claimId, Certified = certified, Note = note, RecordId = recordId, DecidedBy = decidedBy, DecidedUtc = decidedUtc },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<Page<ServiceClaimRow>> PendingForOrganizationAsync(string organizationId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Page<ServiceClaimRow>.Clamp(pageSize);
        page = Math.Max(1, page);
        const string Where = "c.organization_id = @OrganizationId AND NOT EXISTS (SELECT 1 FROM service_claim_decisions d WHERE d.claim_id = c.id)";
        var parameters = new { OrganizationId = organizationId, Limit = pageSize, Offset = (page - 1) * pageSize };
        await using var connection = await connections.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"SELECT COUNT(*) FROM service_claims c WHERE {Where};", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<ServiceClaimRow>(new CommandDefinition(
            $"{Select} WHERE {Where} ORDER BY c.filed_utc, c.id LIMIT @Limit OFFSET @Offset;", parameters, cancellationToken: cancellationToken));
        return new Page<ServiceClaimRow>([.. rows], total, page, pageSize);
    }

    public async Task<int> CountPendingForActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM service_claims c WHERE c.activity_id = @ActivityId AND NOT EXISTS (SELECT 1 FROM service_claim_decisions d WHERE d.claim_id = c.id);",
            new { ActivityId = activityId },
            cancellationToken: cancellationToken));
    }

    internal const string ForVolunteerSql =
        $"{Select} WHERE c.volunteer_id = @VolunteerId ORDER BY c.filed_utc DESC, c.id LIMIT @Limit;";

    public async Task<IReadOnlyList<ServiceClaimRow>> ForVolunteerAsync(string volunteerId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ServiceClaimRow>(new CommandDefinition(
            ForVolunteerSql,
            new { VolunteerId = volunteerId, Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
