using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Tests.Volunteers;

public sealed class RecordSharingPagesTests(AppFixture app)
{
    [Fact]
    public async Task Records_of_one_organization_reach_another_only_with_the_volunteers_consent_and_show_where_they_came_from_A24()
    {
        var first = await app.RegisterOrganizationAsync(name: "细河区助残协会" + Guid.NewGuid().ToString("N")[..4]);
        var second = await app.RegisterOrganizationAsync();
        using var firstRecorder = await app.SignedInStaffAsync(Role.Recorder, first);
        using var secondRecorder = await app.SignedInStaffAsync(Role.Recorder, second);
        var member = await firstRecorder.RegisterOnSiteAsync(first, "华清");
        var volunteerId = Guid.Parse(member.VolunteerId);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, first, volunteerId, 3, new DateTime(2026, 5, 9, 1, 0, 0, DateTimeKind.Utc));
        await app.Factory.Services.GetRequiredService<IGrainFactory>().Membership(volunteerId, second).JoinAsync(new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, second, null), null));
        using var volunteer = await app.SignedInMemberAsync(member);

        var before = await secondRecorder.GetAsync(member.DetailsPath);
        await volunteer.SubmitAsync("/Volunteers/Me", [new("organizationId", second.ToString()), new("share", "True")], postPath: "/Volunteers/Me?handler=Share");
        var after = await secondRecorder.GetAsync(member.DetailsPath);
        var own = await firstRecorder.GetAsync(member.DetailsPath);

        Assert.DoesNotContain("社区服务", before.Html);
        Assert.Contains("社区服务", after.Html);
        Assert.Contains("来自 细河区助残协会", after.Html);
        Assert.DoesNotContain("经志愿者同意共享", own.Html);
    }
}
