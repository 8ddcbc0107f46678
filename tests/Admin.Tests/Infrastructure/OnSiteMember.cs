namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>A volunteer an organization registered on the spot: a member, with the initial password the page showed.</summary>
public sealed record OnSiteMember(string VolunteerId, string Phone, string Password)
{
    /// <summary>The staff page of the volunteer.</summary>
    public string DetailsPath => "/Volunteers/Details/" + VolunteerId;
}
