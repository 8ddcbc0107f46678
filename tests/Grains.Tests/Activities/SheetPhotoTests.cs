using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Ledger;
using VolunteerRecords.Storage.Proofs;

namespace VolunteerRecords.Grains.Tests.Activities;

/// <summary>A photo of the sign-in sheet is optional proof of certified time, kept unchanged and cited by the rows (A21).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SheetPhotoTests(ClusterFixture fixture)
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01];
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task The_sheet_photo_is_kept_and_cited_by_each_entry_certified_from_it_A21()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var (activity, session) = await _scenario.AttendedActivityAsync(organization, volunteer);
        var upload = Scenario.Recorder(organization);

        var photo = await fixture.Attendance(activity).AttachSheetPhotoAsync(Jpeg, upload);
        var again = await fixture.Attendance(activity).AttachSheetPhotoAsync(Jpeg, upload);
        var results = await fixture.Attendance(activity).CertifyAttendanceAsync(
            [new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 0, new ServiceProof("李院长", null, "签到表", photo))],
            Scenario.Recorder(organization));

        Assert.Equal(photo, again);
        Assert.Null(Assert.Single(results).ErrorCode);
        var row = Assert.Single((await new SqlServiceLedger(fixture.Connections).ListForVolunteerAsync(volunteer.ToString(), 1, 10, TestContext.Current.CancellationToken)).Items);
        Assert.Equal(photo.ToString(), row.ProofPhotoId);
        var stored = await new SqlProofPhotoStore(fixture.Connections).FindAsync(photo.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal("image/jpeg", stored!.ContentType);
        Assert.Equal(Jpeg, stored.Content);
        Assert.True(await new SqlProofPhotoStore(fixture.Connections).CitedForAsync(photo.ToString(), volunteer.ToString(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Only_a_photo_of_this_activity_uploaded_by_its_staff_is_accepted_A21()
    {
        var organization = await _scenario.OrganizationAsync();
        var volunteer = await _scenario.VolunteerAsync();
        var (activity, session) = await _scenario.AttendedActivityAsync(organization, volunteer);
        var (other, _) = await _scenario.AttendedActivityAsync(organization);
        var otherPhoto = await fixture.Attendance(other).AttachSheetPhotoAsync(Jpeg, Scenario.Recorder(organization));

        var pdf = await Refused(() => fixture.Attendance(activity).AttachSheetPhotoAsync("%PDF-1.7"u8.ToArray(), Scenario.Recorder(organization)));
        var huge = await Refused(() => fixture.Attendance(activity).AttachSheetPhotoAsync([.. Jpeg, .. new byte[ActivityRules.MaxPhotoBytes]], Scenario.Recorder(organization)));
        var stranger = await Refused(() => fixture.Attendance(activity).AttachSheetPhotoAsync(Jpeg, Scenario.Recorder(Guid.NewGuid())));
        var borrowed = await Refused(() => fixture.Attendance(activity).CertifyAttendanceAsync(
            [new AttendanceEntry(volunteer, session.Id, session.StartUtc, session.EndUtc, 0, new ServiceProof("李院长", null, null, otherPhoto))],
            Scenario.Recorder(organization)));

        Assert.Equal(
            [ActivityErrors.PhotoInvalid, ActivityErrors.PhotoInvalid, ActivityErrors.NotAllowed, ActivityErrors.PhotoUnknown],
            [pdf, huge, stranger, borrowed]);
    }

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;
}
