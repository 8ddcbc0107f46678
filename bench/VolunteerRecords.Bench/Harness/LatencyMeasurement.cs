namespace VolunteerRecords.Bench.Harness;

public sealed record LatencyMeasurement(string Figure, string Store, int Runs, double P50, double P99, double Max);
