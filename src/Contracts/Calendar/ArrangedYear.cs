namespace VolunteerRecords.Grains.Calendar;

/// <summary>A year whose State Council arrangement is entered, by whom and when.</summary>
[GenerateSerializer, Immutable]
public sealed record ArrangedYear([property: Id(0)] int Year, [property: Id(1)] string EnteredByName, [property: Id(2)] DateTime EnteredUtc);
