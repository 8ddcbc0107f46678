namespace VolunteerRecords.Silo.Extensions;

public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>A node can serve pages without processing jobs; every node does both by default.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
