using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Storage.Activities;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>Rows planted straight into the activities read model, for pages that list ended activities: the live clock cannot wait weeks.</summary>
public static class TestActivities
{
    /// <summary>An ended activity whose one session ran the three hours before <paramref name="endedUtc"/>.</summary>
    public static ActivityRow Ended(Guid organization, string title, DateTime endedUtc, DateOnly recordsDue) => new()
    {
        Id = Guid.NewGuid().ToString(),
        OrganizationId = organization.ToString(),
        Title = title,
        Category = "CommunityService",
        Status = ActivityStatus.Ended,
        CreatedUtc = endedUtc.AddDays(-7),
        UpdatedUtc = endedUtc,
        FirstStartUtc = endedUtc.AddHours(-3),
        LastEndUtc = endedUtc,
        EndedUtc = endedUtc,
        RecordsDue = recordsDue,
    };
}
