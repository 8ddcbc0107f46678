using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Storage.Statistics;

public sealed class SqlStatisticsStore(ISqlConnectionFactory connections) : IStatisticsStore
{
    private const string Watermark = "statistics-ledger";

    private bool Postgres => connections.Provider == StorageProvider.PostgreSql;

    /// <summary>The China month a ledger row's service began in, as the first day of the month.</summary>
    private string MonthOf(string column) => Postgres
        ? $"CAST(date_trunc('month', {column} AT TIME ZONE 'Asia/Shanghai') AS date)"
        : $"strftime('%Y-%m-01', {column}, '+8 hours')";

    private string BirthYear => Postgres ? "CAST(EXTRACT(YEAR FROM v.birth_date) AS integer)" : "CAST(substr(v.birth_date, 1, 4) AS INTEGER)";

    public async Task<long> CatchUpAsync(int batch, CancellationToken cancellationToken = default)
    {
        var upper = await CommittedPosition.LedgerAsync(connections, cancellationToken);
        long folded = 0;
        while (true)
        {
            using var turn = await connections.WriteTurnAsync(cancellationToken);
            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Taking the position's row first makes a second runner wait here, then start from where this one stopped.
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO job_watermarks (name, position) VALUES (@Name, 0) ON CONFLICT (name) DO NOTHING;", new { Name = Watermark }, transaction, cancellationToken: cancellationToken));
            var position = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT position FROM job_watermarks WHERE name = @Name{(Postgres ? " FOR UPDATE" : "")};", new { Name = Watermark }, transaction, cancellationToken: cancellationToken));
            var to = Math.Min(upper, position + batch);
            if (to <= position)
            {
                await transaction.CommitAsync(cancellationToken);
                return folded;
            }

            var range = new { From = position, To = to, Name = Watermark };
            // An entry counts where its latest version lies: a correction takes its predecessor's minutes and entry out of the
            // predecessor's month and area and puts its own in. Who was active in a month is only ever added to: a
            // volunteer whose entry a correction moved to another month still counts as having served in the first.
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO service_rollups (month, organization_id, category, minutes, records)
                SELECT month, organization_id, category, SUM(minutes), SUM(records) FROM (
                    SELECT {MonthOf("r.start_utc")} AS month, r.organization_id, r.category, r.minutes, 1 AS records
                    FROM service_records r WHERE r.seq > @From AND r.seq <= @To
                    UNION ALL
                    SELECT {MonthOf("p.start_utc")}, p.organization_id, p.category, -p.minutes, -1
                    FROM service_records r JOIN service_records p ON p.id = r.corrects_id WHERE r.seq > @From AND r.seq <= @To
                ) folded
                WHERE 1 = 1
                GROUP BY month, organization_id, category
                ON CONFLICT (month, organization_id, category) DO UPDATE SET
                    minutes = service_rollups.minutes + excluded.minutes, records = service_rollups.records + excluded.records;
                """,
                range,
                transaction,
                commandTimeout: 600,
                cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO active_volunteers (month, organization_id, volunteer_id, birth_year)
                SELECT DISTINCT {MonthOf("r.start_utc")}, r.organization_id, r.volunteer_id, {BirthYear}
                FROM service_records r LEFT JOIN volunteers v ON v.id = r.volunteer_id
                WHERE r.seq > @From AND r.seq <= @To
                ON CONFLICT (month, volunteer_id, organization_id) DO NOTHING;
                """,
                range,
                transaction,
                commandTimeout: 600,
                cancellationToken: cancellationToken));
            folded += await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM service_records WHERE seq > @From AND seq <= @To;", range, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE job_watermarks SET position = @To WHERE name = @Name;", range, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<StatisticsSnapshot> ComputeAsync(StatisticsScope scope, DateOnly fromMonth, DateOnly toMonth, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(fromMonth.Year, fromMonth.Month, 1);
        var last = new DateOnly(toMonth.Year, toMonth.Month, 1).AddMonths(1).AddDays(-1);
        var parameters = new
        {
            From = from,
            To = new DateOnly(last.Year, last.Month, 1),
            FromDay = from,
            LastDay = last,
            FromUtc = ChinaMidnight(from),
            ToUtc = ChinaMidnight(last.AddDays(1)),
            scope.RegionPrefix,
            scope.OrganizationId,
        };
        var inScope = scope.OrganizationId is not null
            ? "organization_id = @OrganizationId"
            : "organization_id IN (SELECT id FROM organizations WHERE region_code LIKE @RegionPrefix)";

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (Postgres)
        {
            // These are short index reads; compiling them (PostgreSQL's JIT) would cost more than running them.
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL jit = off;", transaction: transaction, cancellationToken: cancellationToken));
        }

        Task<IEnumerable<T>> Query<T>(string sql) => connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        // Within one month a volunteer has one row per organization; over several months the same volunteer recurs.
        var perOrganization = last.Year == from.Year && last.Month == from.Month ? "COUNT(*)" : "COUNT(DISTINCT volunteer_id)";
        var active = (await Query<Figure>(
            $"""
            SELECT organization_id AS Key, {perOrganization} AS Count FROM active_volunteers
            WHERE month >= @From AND month <= @To AND {inScope} GROUP BY organization_id;
            """)).ToDictionary(f => f.Key, f => f.Count);
        var organizations = (await Query<OrganizationFigure>(
            $"""
            SELECT s.organization_id AS Id, o.name AS Name, SUM(s.minutes) AS Minutes, SUM(s.records) AS Records
            FROM service_rollups s JOIN organizations o ON o.id = s.organization_id
            WHERE s.month >= @From AND s.month <= @To AND s.{inScope}
            GROUP BY s.organization_id, o.name
            ORDER BY SUM(s.minutes) DESC, o.name;
            """)).Select(o => new OrganizationFigure
            {
                Id = o.Id,
                Name = o.Name,
                Minutes = o.Minutes,
                Records = o.Records,
                ActiveVolunteers = active.GetValueOrDefault(o.Id),
            }).ToList();
        var minutesByCategory = (await Query<Figure>(
            $"""
            SELECT category AS Key, SUM(minutes) AS Minutes FROM service_rollups
            WHERE month >= @From AND month <= @To AND {inScope} GROUP BY category;
            """)).ToDictionary(f => f.Key, f => f.Minutes);
        var activitiesByCategory = (await Query<Figure>(
            $"""
            SELECT category AS Key, COUNT(*) AS Count FROM activities
            WHERE first_start_utc >= @FromUtc AND first_start_utc < @ToUtc AND status NOT IN ('Draft', 'Cancelled') AND {inScope}
            GROUP BY category;
            """)).ToDictionary(f => f.Key, f => f.Count);
        var birthYears = (await Query<(long? Year, long Count)>(
            $"""
            SELECT year, COUNT(*) FROM (
                SELECT volunteer_id, MAX(birth_year) AS year FROM active_volunteers
                WHERE month >= @From AND month <= @To AND {inScope} GROUP BY volunteer_id) active
            GROUP BY year;
            """)).ToList();
        var training = await connection.QuerySingleAsync<(long Minutes, long Volunteers)>(new CommandDefinition(
            $"""
            SELECT COALESCE(SUM(minutes), 0), COUNT(DISTINCT volunteer_id) FROM training_records
            WHERE held_on >= @FromDay AND held_on <= @LastDay AND {inScope};
            """,
            parameters,
            transaction,
            cancellationToken: cancellationToken));

        var (registeredSql, starsSql) = scope.OrganizationId is not null
            ? ("""
               SELECT COUNT(*), COALESCE(SUM(CASE WHEN status_since_utc >= @FromUtc THEN 1 ELSE 0 END), 0) FROM memberships
               WHERE organization_id = @OrganizationId AND status = 'Member' AND status_since_utc < @ToUtc;
               """,
               """
               SELECT v.star_level AS Key, COUNT(*) AS Count FROM memberships m JOIN volunteers v ON v.id = m.volunteer_id
               WHERE m.organization_id = @OrganizationId AND m.status = 'Member' AND v.star_level > 0 GROUP BY v.star_level;
               """)
            : ("""
               SELECT COUNT(*), COALESCE(SUM(CASE WHEN registered_utc >= @FromUtc THEN 1 ELSE 0 END), 0) FROM volunteers
               WHERE residence_region LIKE @RegionPrefix AND registered_utc < @ToUtc;
               """,
               """
               SELECT star_level AS Key, COUNT(*) AS Count FROM volunteers
               WHERE star_level > 0 AND residence_region LIKE @RegionPrefix GROUP BY star_level;
               """);
        var registered = await connection.QuerySingleAsync<(long Total, long New)>(new CommandDefinition(registeredSql, parameters, transaction, cancellationToken: cancellationToken));
        var starred = (await Query<(long Level, long Count)>(starsSql)).ToList();
        await transaction.CommitAsync(cancellationToken);

        return new StatisticsSnapshot
        {
            PeriodFrom = from,
            PeriodTo = last,
            RegisteredTotal = registered.Total,
            RegisteredNew = registered.New,
            ActiveVolunteers = birthYears.Sum(y => y.Count),
            CertifiedMinutes = organizations.Sum(o => o.Minutes),
            ServiceRecords = organizations.Sum(o => o.Records),
            TrainingMinutes = training.Minutes,
            TrainedVolunteers = training.Volunteers,
            Categories = [.. minutesByCategory.Keys.Union(activitiesByCategory.Keys).Order(StringComparer.Ordinal).Select(code => new Figure
            {
                Key = code,
                Count = activitiesByCategory.GetValueOrDefault(code),
                Minutes = minutesByCategory.GetValueOrDefault(code),
            })],
            Stars = [new Figure { Key = "0", Count = registered.Total - starred.Sum(s => s.Count) },
                .. starred.OrderBy(s => s.Level).Select(s => new Figure { Key = s.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), Count = s.Count })],
            AgeBands = [.. AgeBands.All.Select(band => new Figure { Key = band, Count = birthYears.Where(y => AgeBands.Of(y.Year, last.Year) == band).Sum(y => y.Count) })],
            Organizations = organizations,
        };
    }

    public async Task<bool> SaveReportAsync(ReportRow report, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO report_snapshots (id, kind, period_from, period_to, scope_region, scope_organization, scope_name, generated_by, generated_utc, content)
            VALUES (@Id, @Kind, @PeriodFrom, @PeriodTo, @ScopeRegion, @ScopeOrganization, @ScopeName, @GeneratedBy, @GeneratedUtc, @Content)
            ON CONFLICT (id) DO NOTHING;
            """,
            report,
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<ReportRow>> ListReportsAsync(IReadOnlyCollection<string>? regionCodes, string? organizationId, int limit, CancellationToken cancellationToken = default)
    {
        var filter = organizationId is not null ? "scope_organization = @OrganizationId"
            : regionCodes is null ? "scope_organization IS NULL"
            : "scope_organization IS NULL AND " + connections.IsAnyOf("scope_region", "@Regions");
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"""
            SELECT id AS Id, kind AS Kind, period_from AS PeriodFrom, period_to AS PeriodTo, scope_region AS ScopeRegion,
                   scope_organization AS ScopeOrganization, scope_name AS ScopeName, generated_by AS GeneratedBy, generated_utc AS GeneratedUtc, '' AS Content
            FROM report_snapshots WHERE {filter} ORDER BY generated_utc DESC LIMIT @Limit;
            """,
            new { OrganizationId = organizationId, Regions = regionCodes?.ToArray(), Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    public async Task<ReportRow?> FindReportAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(
            """
            SELECT id AS Id, kind AS Kind, period_from AS PeriodFrom, period_to AS PeriodTo, scope_region AS ScopeRegion,
                   scope_organization AS ScopeOrganization, scope_name AS ScopeName, generated_by AS GeneratedBy, generated_utc AS GeneratedUtc, content AS Content
            FROM report_snapshots WHERE id = @Id;
            """,
            new { Id = id },
            cancellationToken: cancellationToken));
    }

    private static DateTime ChinaMidnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
}
