namespace VolunteerRecords.Storage.Matching;

/// <summary>What the activities linked to a project or a base add up to.</summary>
public sealed record ServiceRollup(int Activities, long Minutes, int Volunteers, double? AverageDuty, double? AverageSatisfaction);
