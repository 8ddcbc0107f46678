using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Certificates;
using VolunteerRecords.Storage.RecordBook;
using VolunteerRecords.Grains.Evaluations;

namespace VolunteerRecords.Grains.Tests.Volunteers;

/// <summary>The one rule of what an organization sees of a volunteer's record (A23, A24), without a cluster.</summary>
public sealed class RecordVisibilityRulesTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly string Other = Guid.NewGuid().ToString();

    private static RecordVisibility NotShared(bool onlyOwn = false) => new(false, Own, false, OnlyOwnRecords: onlyOwn);

    private static RecordVisibility Shared => new(true, Own, true);

    [Fact]
    public void An_organization_sees_its_own_records_always_and_others_only_while_shared_A24()
    {
        Assert.True(NotShared().ShowsRecordsOf(Own.ToString()));
        Assert.False(NotShared().ShowsRecordsOf(Other));
        Assert.False(NotShared().ShowsRecordsOf(null));
        Assert.True(Shared.ShowsRecordsOf(Other));
        Assert.True(RecordVisibility.Self.ShowsRecordsOf(Other));
        Assert.True(RecordVisibility.Bureau.ShowsRecordsOf(null));
    }

    [Fact]
    public void A_complaint_found_untrue_never_leaves_the_organization_that_filed_it_and_complainants_are_named_only_there_A23()
    {
        var dismissedElsewhere = Complaint(Other, ComplaintStatus.Dismissed);
        var pendingElsewhere = Complaint(Other, ComplaintStatus.Filed);
        var upheldElsewhere = Complaint(Other, ComplaintStatus.Upheld);
        var dismissedHere = Complaint(Own.ToString(), ComplaintStatus.Dismissed);

        Assert.False(Shared.ShowsComplaint(dismissedElsewhere.OrganizationId, dismissedElsewhere.Status));
        Assert.False(Shared.ShowsComplaint(pendingElsewhere.OrganizationId, pendingElsewhere.Status));
        Assert.False(RecordVisibility.Bureau.ShowsComplaint(dismissedElsewhere.OrganizationId, dismissedElsewhere.Status));
        Assert.False(RecordVisibility.Self.ShowsComplaint(dismissedElsewhere.OrganizationId, dismissedElsewhere.Status));
        Assert.True(Shared.ShowsComplaint(upheldElsewhere.OrganizationId, upheldElsewhere.Status));
        Assert.False(NotShared().ShowsComplaint(upheldElsewhere.OrganizationId, upheldElsewhere.Status));
        Assert.True(NotShared().ShowsComplaint(dismissedHere.OrganizationId, dismissedHere.Status));
        Assert.False(Shared.NamesComplainant(upheldElsewhere.OrganizationId));
        Assert.False(RecordVisibility.Bureau.NamesComplainant(upheldElsewhere.OrganizationId));
        Assert.True(NotShared().NamesComplainant(dismissedHere.OrganizationId));
    }

    [Fact]
    public void A_certificate_opens_for_her_and_for_the_organizations_whose_records_it_holds_while_shared_A23()
    {
        var ofOwn = new CertificateRow { OrganizationId = Own.ToString() };
        var ofOther = new CertificateRow { OrganizationId = Other };
        var ofAll = new CertificateRow { OrganizationId = null, OrganizationIds = Own + "," + Other };
        var ofAllHeldByOwn = new CertificateRow { OrganizationId = null, OrganizationIds = Own.ToString() };
        var issuedBefore = new CertificateRow { OrganizationId = null };

        Assert.True(NotShared().OpensCertificate(ofOwn.HeldBy));
        Assert.False(NotShared().OpensCertificate(ofOther.HeldBy));
        Assert.False(NotShared().OpensCertificate(ofAll.HeldBy));
        Assert.True(NotShared().OpensCertificate(ofAllHeldByOwn.HeldBy));
        Assert.False(NotShared().OpensCertificate(issuedBefore.HeldBy));
        Assert.True(Shared.OpensCertificate(ofAll.HeldBy));
        Assert.True(RecordVisibility.Self.OpensCertificate(ofOther.HeldBy));
    }

    [Fact]
    public void Totals_and_star_progress_show_only_where_they_tell_nothing_unshared_A24()
    {
        Assert.False(NotShared().ShowsTotals);
        Assert.True(NotShared(onlyOwn: true).ShowsTotals);
        Assert.True(Shared.ShowsTotals);
        Assert.True(RecordVisibility.Self.ShowsTotals);
    }

    private static ComplaintRow Complaint(string organizationId, ComplaintStatus status) =>
        new() { OrganizationId = organizationId, Status = status, Complainant = "李先生" };
}
