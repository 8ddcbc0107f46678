using System.Diagnostics;
using Dapper;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Bench.Profile;

/// <summary>
/// The rest of the city around the volunteer whose page is measured: 100,000 volunteers and 1,000,000 certified
/// entries spread over them, written straight into the read model by the database itself, so that her queries run
/// against tables and indexes of a city's size.
/// </summary>
public static class ProfileFiller
{
    public const int Volunteers = 100_000;
    public const int Records = 1_000_000;
    private const int Chunk = 250_000;

    public static async Task FillAsync(SqlConnectionFactory connections, StorageProvider provider)
    {
        var watch = Stopwatch.StartNew();
        using var connection = connections.Open();
        var postgres = provider == StorageProvider.PostgreSql;
        await connection.ExecuteAsync(postgres
            ? """
              INSERT INTO volunteers (id, volunteer_number, display_name, status, registered_utc, residence_region, sex, birth_date, channel, star_level)
              SELECT md5('v' || i)::uuid::text, 'F' || lpad(i::text, 9, '0'), '志愿者' || i, 'Registered', timestamptz '2022-01-01Z',
                     '210902', 'Female', date '1990-01-01', 'Self', 0
              FROM generate_series(1, @Volunteers) i;
              """
            : """
              WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @Volunteers)
              INSERT INTO volunteers (id, volunteer_number, display_name, status, registered_utc, residence_region, sex, birth_date, channel, star_level)
              SELECT 'f' || i, 'F' || substr('000000000' || i, -9), '志愿者' || i, 'Registered', '2022-01-01 00:00:00',
                     '210902', 'Female', '1990-01-01', 'Self', 0
              FROM n;
              """,
            new { Volunteers });
        for (var from = 1; from <= Records; from += Chunk)
        {
            using var transaction = connection.BeginTransaction();
            await connection.ExecuteAsync(
                postgres
                    ? """
                      INSERT INTO service_records (id, operation_id, root_id, volunteer_id, organization_id, category, start_utc, end_utc,
                          deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc)
                      SELECT 'fr' || i, 'fo' || i, 'fr' || i, md5('v' || (1 + (i::bigint * 7919) % @Volunteers))::uuid::text, 'filler-organization',
                             'CommunityService', s, s + interval '2 hours', 0, 120, 120, '社区服务', '阜新市', '王主任', 'bench', '记录员', s
                      FROM (SELECT i, timestamptz '2024-12-01Z' + (i % 17000) * interval '1 hour' AS s FROM generate_series(@From, @To) i) g;
                      """
                    : """
                      WITH RECURSIVE n(i) AS (SELECT @From UNION ALL SELECT i + 1 FROM n WHERE i < @To)
                      INSERT INTO service_records (id, operation_id, root_id, volunteer_id, organization_id, category, start_utc, end_utc,
                          deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc)
                      SELECT 'fr' || i, 'fo' || i, 'fr' || i, 'f' || (1 + (i * 7919) % @Volunteers), 'filler-organization',
                             'CommunityService', datetime('2024-12-01', '+' || (i % 17000) || ' hours'),
                             datetime('2024-12-01', '+' || (i % 17000 + 2) || ' hours'), 0, 120, 120, '社区服务', '阜新市', '王主任', 'bench', '记录员',
                             datetime('2024-12-01', '+' || (i % 17000) || ' hours')
                      FROM n;
                      """,
                new { Volunteers, From = from, To = Math.Min(Records, from + Chunk - 1) },
                transaction,
                commandTimeout: 0);
            transaction.Commit();
        }

        await connection.ExecuteAsync(postgres ? "VACUUM ANALYZE;" : "ANALYZE;", commandTimeout: 0);
        Console.WriteLine($"Profile: {Volunteers:N0} volunteers and {Records:N0} ledger rows written in {watch.Elapsed.TotalSeconds:F0} s");
    }
}
