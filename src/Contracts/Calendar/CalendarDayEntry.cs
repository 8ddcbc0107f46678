namespace VolunteerRecords.Grains.Calendar;

/// <param name="Worked">true for a weekend day worked in return (调休上班), false for a day off.</param>
[GenerateSerializer, Immutable]
public sealed record CalendarDayEntry([property: Id(0)] DateOnly Day, [property: Id(1)] bool Worked, [property: Id(2)] string Name);
