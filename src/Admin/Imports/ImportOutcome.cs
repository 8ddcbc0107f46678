namespace VolunteerRecords.Admin.Imports;

public enum ImportOutcome
{
    /// <summary>Registered now and enrolled as a member.</summary>
    Registered,

    /// <summary>Already registered elsewhere; enrolled as a member now.</summary>
    Enrolled,

    /// <summary>Already a member: nothing to do (the same sheet uploaded again).</summary>
    AlreadyMember,

    Failed,
}
