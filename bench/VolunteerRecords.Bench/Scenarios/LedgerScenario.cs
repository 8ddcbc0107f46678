using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Organizations;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Grains.Volunteers.RecordBook;

namespace VolunteerRecords.Bench.Scenarios;

/// <summary>
/// Issue 4: certified records per second with 16 recorders at once (next to the raw INSERT rate of the same
/// database, measured by the same harness), and whether a volunteer's 10,000th record costs more than their 1st.
/// </summary>
public sealed class LedgerScenario(IGrainFactory grains, StoreUnderTest store)
{
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private Guid _organization;

    /// <summary>The organization whose recorders certify; registered with the first volunteer.</summary>
    public Guid OrganizationId => _organization;

    public async Task<Guid> VolunteerAsync(int index)
    {
        if (_organization == Guid.Empty)
        {
            _organization = Guid.NewGuid();
            var city = new Actor("bench", "bench", Role.CityAdmin, RegionCodes.City, null, null);
            await grains.GetGrain<IOrganizationGrain>(_organization).RegisterAsync(
                new RegisterOrganization("基准测试协会", OrganizationKind.VolunteerOrganization, "210902"), new CommandContext(Guid.NewGuid(), city, null));
        }

        var id = Guid.NewGuid();
        // Adults (a minor would need a guardian), and a different birth date or sequence for every index.
        var birth = new DateOnly(1960 + index % 30, 1 + index / 30 % 12, 1 + index / 360 % 28);
        var first17 = "210902" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (100 + index % 800).ToString(CultureInfo.InvariantCulture);
        var self = new Actor(id.ToString(), "bench", Role.Volunteer, null, null, id);
        await grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(
            new RegisterVolunteer("基准" + index, IdDocumentType.ResidentIdCard, first17 + IdDocuments.CheckCharacter(first17), null, null, "210902",
                "13" + (700_000_000 + index).ToString(CultureInfo.InvariantCulture), "hash", "", []),
            new CommandContext(Guid.NewGuid(), self, null));
        await grains.Membership(id, _organization).EnrolAsync("bench", Recorder());
        return id;
    }

    public Task<CertifiedService> CertifyAsync(Guid volunteer, long slot)
    {
        var start = Epoch.AddHours(2 * slot);
        return grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(
            new ServiceEntry(_organization, null, Guid.NewGuid(), start, start.AddHours(1), ServiceCategory.CommunityService,
                start, start.AddHours(1), 5, "社区服务", "海州区", new ServiceProof("王主任", null, null)),
            Recorder());
    }

    /// <summary>Median certification time of 100 records with 0 and with 9,900 records already in the volunteer's history.</summary>
    public async Task<(double First, double TenThousandth)> GrowthAsync()
    {
        var volunteer = await VolunteerAsync(9999);
        var early = await TimeAsync(volunteer, 0, 100);
        await BulkHistoryAsync(volunteer, 100, 9_800);
        var late = await TimeAsync(volunteer, 9_900, 100);
        return (early, late);
    }

    private async Task<double> TimeAsync(Guid volunteer, long firstSlot, int count)
    {
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await CertifyAsync(volunteer, firstSlot + i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return samples[count / 2];
    }

    /// <summary>Rows as the grain writes them, loaded in bulk so the benchmark does not spend minutes building history.</summary>
    private async Task BulkHistoryAsync(Guid volunteer, long firstSlot, int count)
    {
        await using var connection = await store.Connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        const int Batch = 25;
        for (var done = 0; done < count; done += Batch)
        {
            var sql = new StringBuilder(
                "INSERT INTO service_records (id, operation_id, root_id, volunteer_id, organization_id, session_id, category, start_utc, end_utc, deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc) VALUES ");
            var parameters = new DynamicParameters();
            for (var i = 0; i < Math.Min(Batch, count - done); i++)
            {
                var id = Guid.NewGuid().ToString();
                var start = Epoch.AddHours(2 * (firstSlot + done + i));
                sql.Append(i == 0 ? "" : ", ").Append($"(@id{i}, @id{i}, @id{i}, @v, @o, @s{i}, 'CommunityService', @start{i}, @end{i}, 5, 55, 55, '社区服务', '海州区', '王主任', 'bench', 'bench', @end{i})");
                parameters.Add("id" + i, id);
                parameters.Add("s" + i, Guid.NewGuid().ToString());
                parameters.Add("start" + i, start);
                parameters.Add("end" + i, start.AddHours(1));
            }

            parameters.Add("v", volunteer.ToString());
            parameters.Add("o", _organization.ToString());
            await connection.ExecuteAsync(sql.ToString(), parameters, transaction);
        }

        await transaction.CommitAsync();
    }

    private CommandContext Recorder() =>
        new(Guid.NewGuid(), new Actor("bench-recorder", "记录员", Role.Recorder, null, _organization, null), null);
}
