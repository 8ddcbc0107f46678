using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using VolunteerRecords.Bench.Harness;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>
/// Issue 3: a city's worth of volunteers in the read model (rows as the grains write them, loaded in bulk so the
/// benchmark measures search, not loading), then the searches the pages run, and the stored size of a volunteer grain.
/// </summary>
public sealed class VolunteerSearchScenario(StoreUnderTest store, PersonalDataProtector personalData)
{
    private const int Organizations = 2000;
    /// <summary>Microsoft.Data.Sqlite finds each parameter by name, so a statement with thousands of them is slow.</summary>
    private int BatchSize => store.Options.Provider == StorageProvider.Sqlite ? 25 : 500;
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华", "建国", "海燕"];
    private static readonly string[] Counties = ["210902", "210903", "210904", "210905", "210911", "210921", "210922"];

    public async Task LoadAsync(int volunteers)
    {
        await using var connection = await store.Connections.OpenAsync();
        var now = DateTime.UtcNow;
        await InsertAsync(connection, "organizations", ["id", "name", "kind", "region_code", "status", "created_utc", "updated_utc"],
            Enumerable.Range(0, Organizations).Select(o => new object?[] { OrganizationId(o), "组织" + o, "VolunteerOrganization", Counties[o % Counties.Length], "Active", now, now }));
        await InsertAsync(connection, "volunteers", ["id", "volunteer_number", "display_name", "status", "registered_utc", "residence_region", "sex", "birth_date", "channel"],
            Enumerable.Range(0, volunteers).Select(v => new object?[]
            {
                VolunteerId(v), Number(v), Name(v), "Registered", now, Counties[v % Counties.Length],
                v % 2 == 0 ? "Male" : "Female", new DateOnly(1960 + v % 45, 1 + v % 12, 1 + v % 28), "Self",
            }));
        await InsertAsync(connection, "volunteer_identifiers", ["lookup_hash", "volunteer_id"],
            Enumerable.Range(0, volunteers).Select(v => new object?[] { personalData.LookupHash(VolunteerRules.PhoneIdentifier, Phone(v)), VolunteerId(v) }));
        await InsertAsync(connection, "memberships", ["volunteer_id", "organization_id", "status", "status_since_utc", "share_records"],
            Enumerable.Range(0, volunteers).Select(v => new object?[] { VolunteerId(v), OrganizationId(v % Organizations), "Member", now, false }));
        if (store.Options.Provider == StorageProvider.PostgreSql)
        {
            await connection.ExecuteAsync("ANALYZE;");
        }
    }

    public async Task<IReadOnlyList<LatencyMeasurement>> MeasureAsync(int volunteers, int runs)
    {
        var directory = new SqlVolunteerDirectory(store.Connections);
        var region = new[] { "210902" };
        return
        [
            await Latency.MeasureAsync("search: name contains", store.Name, runs,
                i => directory.SearchAsync(new VolunteerSearch(Text: Name(i * 7919 % volunteers)[..2]))),
            await Latency.MeasureAsync("search: volunteer number", store.Name, runs,
                i => directory.SearchAsync(new VolunteerSearch(Text: Number(i * 7919 % volunteers)))),
            await Latency.MeasureAsync("search: phone (keyed hash)", store.Name, runs, i =>
            {
                var phone = Phone(i * 7919 % volunteers);
                return directory.SearchAsync(new VolunteerSearch(Text: phone, IdentifierHashes: [personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone)]));
            }),
            await Latency.MeasureAsync("list: an organization's members", store.Name, runs,
                i => directory.SearchAsync(new VolunteerSearch(MemberOf: OrganizationId(i % Organizations)))),
            await Latency.MeasureAsync("list: a district bureau's region", store.Name, runs,
                i => directory.SearchAsync(new VolunteerSearch(RegionCodes: region, Page: 1 + i % 50))),
        ];
    }

    /// <summary>The stored state of one volunteer with a guardian, after registration and after a year of changes.</summary>
    public static async Task<(int AfterRegistration, int AfterManyChanges)> StateBytesAsync(IGrainFactory grains, ISqlConnectionFactory connections)
    {
        var id = Guid.NewGuid();
        var grain = grains.GetGrain<IVolunteerGrain>(id);
        var self = new Actor(id.ToString(), "bench", Role.Volunteer, null, null, id);
        var birth = new DateOnly(2012, 5, 5);
        var first17 = "210902" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "123";
        var guardian17 = "21090219800101222";
        await grain.RegisterAsync(
            new RegisterVolunteer("欧阳小明", IdDocumentType.ResidentIdCard, first17 + IdDocuments.CheckCharacter(first17), null, null, "210902",
                "13912345678", "AQAAAAIAAYagAAAAEJ0bench-hash-of-typical-length-0123456789abcdefghijklmnopqrstuv", "急救、手语、心理疏导",
                [ServiceCategory.CommunityService, ServiceCategory.EmergencyRescue],
                new GuardianConsent("欧阳芳", "母亲", "13812345678", guardian17 + IdDocuments.CheckCharacter(guardian17), new DateOnly(2026, 11, 1), true)),
            new CommandContext(Guid.NewGuid(), self, "127.0.0.1"));
        var afterRegistration = await StoredBytesAsync(connections);
        for (var i = 0; i < 200; i++)
        {
            await grain.SetDisclosureConsentAsync(i % 2 == 0, false, new CommandContext(Guid.NewGuid(), self, "127.0.0.1"));
        }

        return (afterRegistration, await StoredBytesAsync(connections));
    }

    private static async Task<int> StoredBytesAsync(ISqlConnectionFactory connections)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT MAX(LENGTH(PayloadBinary)) FROM OrleansStorage WHERE GrainTypeString LIKE '%volunteer%' AND GrainTypeString NOT LIKE '%bench%';");
    }

    private async Task InsertAsync(DbConnection connection, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var parameters = new DynamicParameters();
            for (var r = 0; r < batch.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"p{r}_{c}";
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                    parameters.Add(name, batch[r][c]);
                }

                sql.Append(')');
            }

            await connection.ExecuteAsync(sql.Append(';').ToString(), parameters, transaction);
        }

        await transaction.CommitAsync();
    }

    /// <summary>Bulk rows take numbers far above the serials the grains allocate, so a real registration never collides.</summary>
    private static string Number(int v) => VolunteerRules.VolunteerNumber(50_000_000 + v);

    private static string VolunteerId(int v) => new Guid(v, 0, 0, new byte[8]).ToString();

    private static string OrganizationId(int o) => new Guid(o, 1, 0, new byte[8]).ToString();

    private static string Name(int v) => Surnames[v % Surnames.Length] + Given[v / Surnames.Length % Given.Length] + (v % 3 == 0 ? Given[v % Given.Length] : "");

    private static string Phone(int v) => "13" + (100_000_000 + v).ToString(CultureInfo.InvariantCulture);
}
