using VolunteerRecords.Grains.SpotChecks;

namespace VolunteerRecords.Storage.SpotChecks;

public sealed record SpotCheckEvent(string OperationId, string CheckId, string RootId, SpotCheckVerdict Kind, string Note, string ByName, DateTime AtUtc);
