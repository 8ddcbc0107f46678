using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Training;

/// <remarks>Stored as JSON with its type name: keep the name and namespace stable. Attendance is in training_records.</remarks>
[GenerateSerializer, Alias("vr.TrainingState")]
public sealed class TrainingState : ICommandState
{
    [Id(0)]
    public bool Exists { get; set; }

    [Id(1)]
    public Guid OrganizationId { get; set; }

    [Id(2)]
    public string Name { get; set; } = "";

    [Id(3)]
    public string Content { get; set; } = "";

    [Id(4)]
    public string Provider { get; set; } = "";

    [Id(5)]
    public DateOnly HeldOn { get; set; }

    [Id(6)]
    public int DurationMinutes { get; set; }

    [Id(7)]
    public List<TrainingTopic> Topics { get; set; } = [];

    [Id(8)]
    public int Attendees { get; set; }

    [Id(9)]
    public DateTime CreatedUtc { get; set; }

    /// <summary>The scheduling command's operation, as versions that kept no <see cref="Operations"/> recorded it.</summary>
    [Id(10)]
    public Guid CreatedByOperation { get; set; }

    [Id(11)]
    public RecentOperations Operations { get; set; } = new();

    [Id(12)]
    public LastChange? LastChange { get; set; }
}
