using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Grains.Volunteers;

/// <summary>Who registers, as her ID document states it: the name trimmed, the number normalized, birth date and sex.</summary>
public sealed record CheckedIdentity(string Name, string DocumentNumber, DateOnly BirthDate, Sex Sex);
