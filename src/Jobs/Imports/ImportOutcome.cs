namespace VolunteerRecords.Jobs.Imports;

public enum ImportOutcome
{
    /// <summary>Registered now and enrolled as a member.</summary>
    Registered,

    /// <summary>Already registered elsewhere: invited, and a member only once she accepts (A5.6, A23).</summary>
    Invited,

    /// <summary>Already a member: nothing to do (the same sheet uploaded again).</summary>
    AlreadyMember,

    Failed,
}
