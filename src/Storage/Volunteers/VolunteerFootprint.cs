namespace VolunteerRecords.Storage.Volunteers;

/// <summary>
/// Which of a volunteer's record tables hold anything for her. Most volunteers have no sanctions, complaints, claims
/// or trainings: a page asks once which lists exist and reads only those.
/// </summary>
public sealed class VolunteerFootprint
{
    public bool Sanctions { get; init; }

    public bool CorrectionRequests { get; init; }

    /// <summary>Sign-ups to activities, and so records due for activities she served.</summary>
    public bool Activities { get; init; }

    public bool Evaluations { get; init; }

    public bool Commendations { get; init; }

    public bool Complaints { get; init; }

    public bool Claims { get; init; }

    public bool Trainings { get; init; }

    public bool StarEvents { get; init; }

    public bool Teams { get; init; }

    public bool StarEligibility { get; init; }

    public bool Certificates { get; init; }
}
