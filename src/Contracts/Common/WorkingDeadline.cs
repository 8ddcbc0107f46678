namespace VolunteerRecords.Grains.Common;

/// <param name="Provisional">Counted over a year whose holiday arrangement is not entered yet: the day may move when it is.</param>
[GenerateSerializer, Immutable]
public sealed record WorkingDeadline([property: Id(0)] DateOnly Day, [property: Id(1)] bool Provisional);
