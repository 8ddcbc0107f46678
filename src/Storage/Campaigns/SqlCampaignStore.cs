using System.Text;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Campaigns;

public sealed class SqlCampaignStore(ISqlConnectionFactory connections) : ICampaignStore
{
    private const string CandidateColumns =
        "subject_id AS SubjectId, subject_name AS SubjectName, minutes AS Minutes, star_level AS StarLevel, evaluation AS Evaluation";

    // NULL evaluations sort last in both databases only when spelled out.
    private const string Ranking = "minutes DESC, COALESCE(evaluation, 0) DESC, subject_id";

    public async Task UpsertCampaignAsync(CampaignRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO campaigns (id, name, kind, scope_region, scope_organization, period_from, period_to, places, schedule, created_by_name, created_utc)
            VALUES (@Id, @Name, @Kind, @ScopeRegion, @ScopeOrganization, @PeriodFrom, @PeriodTo, @Places, @Schedule, @CreatedByName, @CreatedUtc)
            ON CONFLICT (id) DO NOTHING;
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task UpsertRoundAsync(CampaignRoundRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO campaign_rounds (campaign_id, round, period_from, period_to, status, candidates, started_utc, selected_utc, approved_utc)
            VALUES (@CampaignId, @Round, @PeriodFrom, @PeriodTo, @Status, @Candidates, @StartedUtc, @SelectedUtc, @ApprovedUtc)
            ON CONFLICT (campaign_id, round) DO UPDATE SET
                status = excluded.status,
                candidates = CASE WHEN excluded.status = 'Selected' THEN excluded.candidates ELSE campaign_rounds.candidates END,
                selected_utc = COALESCE(excluded.selected_utc, campaign_rounds.selected_utc),
                approved_utc = COALESCE(excluded.approved_utc, campaign_rounds.approved_utc);
            """,
            row,
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CampaignRow>> ListAsync(string? regionPrefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CampaignRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, name AS Name, kind AS Kind, scope_region AS ScopeRegion, scope_organization AS ScopeOrganization,
                   period_from AS PeriodFrom, period_to AS PeriodTo, places AS Places, schedule AS Schedule,
                   created_by_name AS CreatedByName, created_utc AS CreatedUtc
            FROM campaigns
            {(regionPrefix is null ? "" : "WHERE scope_region LIKE @RegionPrefix")}
            ORDER BY created_utc DESC;
            """,
            new { RegionPrefix = regionPrefix },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<IReadOnlyList<CampaignRoundRow>> RoundsAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CampaignRoundRow>(new CommandDefinition(
            """
            SELECT campaign_id AS CampaignId, round AS Round, period_from AS PeriodFrom, period_to AS PeriodTo, status AS Status,
                   batches_done AS BatchesDone, batches_total AS BatchesTotal, candidates AS Candidates,
                   started_utc AS StartedUtc, selected_utc AS SelectedUtc, approved_utc AS ApprovedUtc
            FROM campaign_rounds WHERE campaign_id = @CampaignId ORDER BY round DESC;
            """,
            new { CampaignId = campaignId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task BeginSelectionAsync(string campaignId, int round, int batches, DateTime startedUtc, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = new { CampaignId = campaignId, Round = round, Batches = batches, StartedUtc = startedUtc };
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM campaign_candidates WHERE campaign_id = @CampaignId AND round = @Round;", key, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE campaign_rounds SET batches_done = 0, batches_total = @Batches, candidates = 0, started_utc = @StartedUtc
            WHERE campaign_id = @CampaignId AND round = @Round;
            """,
            key,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SelectBatchAsync(SelectionQuery query, string low, string high, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new DynamicParameters(query);
        parameters.Add("Low", low);
        parameters.Add("High", high);
        await connection.ExecuteAsync(new CommandDefinition(SelectionSql(query), parameters, transaction, commandTimeout: 600, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE campaign_rounds SET batches_done = batches_done + 1 WHERE campaign_id = @CampaignId AND round = @Round;",
            query,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> RankAsync(string campaignId, int round, int keep, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var key = new { CampaignId = campaignId, Round = round, Keep = keep };
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            DELETE FROM campaign_candidates WHERE campaign_id = @CampaignId AND round = @Round AND subject_id NOT IN
                (SELECT subject_id FROM campaign_candidates WHERE campaign_id = @CampaignId AND round = @Round ORDER BY {Ranking} LIMIT @Keep);
            """,
            key,
            transaction,
            cancellationToken: cancellationToken));
        var count = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM campaign_candidates WHERE campaign_id = @CampaignId AND round = @Round;", key, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    public async Task<IReadOnlyList<CandidateRow>> CandidatesAsync(string campaignId, int round, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
            $"SELECT {CandidateColumns} FROM campaign_candidates WHERE campaign_id = @CampaignId AND round = @Round ORDER BY {Ranking};",
            new { CampaignId = campaignId, Round = round },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task AddWinnersAsync(IReadOnlyList<WinnerRow> winners, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO campaign_winners (campaign_id, round, subject_id, subject_name, position, minutes, approved_by_name, approved_utc)
            VALUES (@CampaignId, @Round, @SubjectId, @SubjectName, @Position, @Minutes, @ApprovedByName, @ApprovedUtc)
            ON CONFLICT (campaign_id, round, subject_id) DO NOTHING;
            """,
            winners,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<WinnerRow>> WinnersAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<WinnerRow>(new CommandDefinition(
            """
            SELECT campaign_id AS CampaignId, round AS Round, subject_id AS SubjectId, subject_name AS SubjectName, position AS Position,
                   minutes AS Minutes, approved_by_name AS ApprovedByName, approved_utc AS ApprovedUtc
            FROM campaign_winners WHERE campaign_id = @CampaignId ORDER BY round DESC, position;
            """,
            new { CampaignId = campaignId },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>
    /// One statement per batch: the subject's certified minutes in the period (from organizations in scope), then the
    /// criteria, then the batch's best. Criteria left unset add no clause, so both databases plan the same short query.
    /// </summary>
    private static string SelectionSql(SelectionQuery query)
    {
        var (subject, name, from, evaluationKey, complaintKey) = query.Kind switch
        {
            "Volunteers" => ("r.volunteer_id", "v.display_name", "JOIN volunteers v ON v.id = h.subject_id", "volunteer_id", "c.volunteer_id = h.subject_id"),
            "Organizations" => ("r.organization_id", "o.name", "JOIN organizations o ON o.id = h.subject_id", "organization_id", "c.organization_id = h.subject_id"),
            "Projects" => ("a.project_id", "p.name", "JOIN projects p ON p.id = h.subject_id", "project_id", "c.organization_id = p.organization_id"),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Kind, "unknown campaign kind"),
        };

        var scope = new StringBuilder();
        if (query.RegionPrefix is not null)
        {
            scope.Append(" AND r.organization_id IN (SELECT id FROM organizations WHERE region_code LIKE @RegionPrefix)");
        }

        if (query.OrganizationId is not null)
        {
            scope.Append(" AND r.organization_id = @OrganizationId");
        }

        var activityJoin = query.Kind == "Projects" ? "JOIN activities a ON a.id = r.activity_id AND a.project_id IS NOT NULL" : "";
        var evaluationSource = query.Kind == "Projects"
            ? "evaluations x JOIN activities xa ON xa.id = x.activity_id WHERE xa.project_id >= @Low AND xa.project_id < @High AND"
            : $"evaluations x WHERE x.{evaluationKey} >= @Low AND x.{evaluationKey} < @High AND";
        var evaluationSubject = query.Kind == "Projects" ? "xa.project_id" : "x." + evaluationKey;

        var criteria = new StringBuilder();
        criteria.Append(query.Kind switch
        {
            "Volunteers" => " AND v.status = 'Registered' AND v.star_level >= @MinStarLevel",
            "Organizations" => " AND o.status = 'Active'",
            _ => "",
        });
        if (query.MinEvaluation is not null)
        {
            criteria.Append(" AND e.score >= @MinEvaluation");
        }

        if (query.NoUpheldComplaint)
        {
            criteria.Append(
                $" AND NOT EXISTS (SELECT 1 FROM complaints c WHERE {complaintKey} AND c.status = 'Upheld' AND c.decided_utc >= @FromUtc AND c.decided_utc < @ToUtc)");
        }

        return $"""
            INSERT INTO campaign_candidates (campaign_id, round, subject_id, subject_name, minutes, star_level, evaluation)
            SELECT @CampaignId, @Round, h.subject_id, {name}, h.minutes, {(query.Kind == "Volunteers" ? "v.star_level" : "NULL")}, e.score
            FROM (SELECT {subject} AS subject_id, SUM(r.delta_minutes) AS minutes
                  FROM service_records r {activityJoin}
                  WHERE {subject} >= @Low AND {subject} < @High AND r.start_utc >= @FromUtc AND r.start_utc < @ToUtc{scope}
                  GROUP BY {subject}
                  HAVING SUM(r.delta_minutes) >= @MinMinutes) h
            {from}
            LEFT JOIN (SELECT {evaluationSubject} AS subject_id, AVG((x.duty_score + x.satisfaction_score) / 2.0) AS score
                       FROM {evaluationSource} x.evaluated_utc >= @FromUtc AND x.evaluated_utc < @ToUtc
                       GROUP BY {evaluationSubject}) e ON e.subject_id = h.subject_id
            WHERE 1 = 1{criteria}
            ORDER BY h.minutes DESC, COALESCE(e.score, 0) DESC, h.subject_id
            LIMIT @Keep
            ON CONFLICT (campaign_id, round, subject_id) DO NOTHING;
            """;
    }
}
