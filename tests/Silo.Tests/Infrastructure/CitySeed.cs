using System.Data.Common;
using Dapper;

namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>
/// Rows written straight into the tables the grains keep, for tests of the queries that read them: organizations,
/// volunteers, certified service, evaluations and complaints.
/// </summary>
public sealed class CitySeed(DbConnection connection)
{
    private static readonly DateTime Registered = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private int _sequence;

    public Task OrganizationAsync(string id, string region, string name = "协会") => connection.ExecuteAsync(
        "INSERT INTO organizations (id, name, kind, region_code, status, created_utc, updated_utc) VALUES (@Id, @Name, 'VolunteerOrganization', @Region, 'Active', @Registered, @Registered);",
        new { Id = id, Name = name, Region = region, Registered });

    public Task VolunteerAsync(string id, int star = 0, string status = "Registered", DateOnly? birth = null, string region = "210902", DateTime? registered = null) => connection.ExecuteAsync(
        """
        INSERT INTO volunteers (id, volunteer_number, display_name, status, registered_utc, residence_region, sex, birth_date, channel, star_level)
        VALUES (@Id, @Number, @Name, @Status, @Registered, @Region, 'Female', @Birth, 'Self', @Star);
        """,
        new { Id = id, Number = "V-" + id, Name = "志愿者" + id[..Math.Min(4, id.Length)], Status = status, Registered = registered ?? Registered, Region = region, Birth = birth ?? new DateOnly(1990, 1, 1), Star = star });

    /// <summary>A certified entry of <paramref name="minutes"/> starting at <paramref name="startUtc"/>; returns its id.</summary>
    public async Task<string> ServiceAsync(string volunteer, string organization, DateTime startUtc, int minutes, string? activity = null, string? corrects = null, int? delta = null)
    {
        var id = "r" + Interlocked.Increment(ref _sequence) + "-" + Guid.NewGuid().ToString("N")[..6];
        await connection.ExecuteAsync(
            """
            INSERT INTO service_records (id, operation_id, root_id, corrects_id, volunteer_id, organization_id, activity_id, category, start_utc, end_utc,
                deducted_minutes, minutes, delta_minutes, content, place, proof_name, certified_by_id, certified_by_name, certified_utc)
            VALUES (@Id, @Id, COALESCE(@Corrects, @Id), @Corrects, @Volunteer, @Organization, @Activity, 'CommunityService', @Start, @End,
                0, @Minutes, @Delta, '社区服务', '海州区', '王主任', 'recorder', '记录员', @End);
            """,
            new { Id = id, Corrects = corrects, Volunteer = volunteer, Organization = organization, Activity = activity, Start = startUtc, End = startUtc.AddMinutes(minutes), Minutes = minutes, Delta = delta ?? minutes });
        return id;
    }

    public Task EvaluationAsync(string volunteer, string organization, int duty, int satisfaction, DateTime atUtc, string? activity = null) => connection.ExecuteAsync(
        """
        INSERT INTO evaluations (id, operation_id, activity_id, volunteer_id, organization_id, duty_score, satisfaction_score, evaluated_by_name, evaluated_utc)
        VALUES (@Id, @Id, @Activity, @Volunteer, @Organization, @Duty, @Satisfaction, '管理员', @At);
        """,
        new { Id = Guid.NewGuid().ToString(), Activity = activity ?? Guid.NewGuid().ToString(), Volunteer = volunteer, Organization = organization, Duty = duty, Satisfaction = satisfaction, At = atUtc });

    public Task ComplaintAsync(string volunteer, string organization, string status, DateTime decidedUtc) => connection.ExecuteAsync(
        """
        INSERT INTO complaints (id, volunteer_id, organization_id, complainant, content, filed_by_name, filed_utc, status, decided_utc)
        VALUES (@Id, @Volunteer, @Organization, '居民', '未按约定到场', '记录员', @Decided, @Status, @Decided);
        """,
        new { Id = Guid.NewGuid().ToString(), Volunteer = volunteer, Organization = organization, Status = status, Decided = decidedUtc });

    public Task TrainingAsync(string volunteer, string organization, int minutes, DateOnly heldOn) => connection.ExecuteAsync(
        """
        INSERT INTO training_records (id, training_id, volunteer_id, organization_id, training_name, provider, held_on, minutes, proof_name, confirmed_by_name, confirmed_utc)
        VALUES (@Id, @Training, @Volunteer, @Organization, '急救培训', '市红十字会', @HeldOn, @Minutes, '李老师', '管理员', @Confirmed);
        """,
        new { Id = Guid.NewGuid().ToString(), Training = Guid.NewGuid().ToString(), Volunteer = volunteer, Organization = organization, HeldOn = heldOn, Minutes = minutes, Confirmed = Registered });

    public Task CommendationAsync(string volunteer, string title) => connection.ExecuteAsync(
        """
        INSERT INTO commendations (id, operation_id, volunteer_id, title, granted_on, granting_body, recorded_by_name, recorded_utc)
        VALUES (@Id, @Id, @Volunteer, @Title, '2025-12-01', '阜新市民政局', '管理员', @Recorded);
        """,
        new { Id = Guid.NewGuid().ToString(), Volunteer = volunteer, Title = title, Recorded = Registered });
}
