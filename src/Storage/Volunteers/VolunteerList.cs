namespace VolunteerRecords.Storage.Volunteers;

/// <summary>The lists of a volunteer's records a page can ask <see cref="IVolunteerLists"/> for, read together.</summary>
[Flags]
public enum VolunteerList
{
    None = 0,
    Memberships = 1 << 0,
    MembershipHistory = 1 << 1,
    CorrectionRequests = 1 << 2,
    Sanctions = 1 << 3,
    SignUps = 1 << 4,
    Evaluations = 1 << 5,
    Commendations = 1 << 6,
    Complaints = 1 << 7,
    Claims = 1 << 8,
    Trainings = 1 << 9,
    StarHistory = 1 << 10,
    Certificates = 1 << 11,
    Teams = 1 << 12,
    RecordsDue = 1 << 13,
    StarEligibility = 1 << 14,
}
