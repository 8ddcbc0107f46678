using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;

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

    [Fact]
    public async Task Another_organization_sees_nothing_it_was_not_given_evaluations_honours_complaints_certificates_or_totals_A23_A24()
    {
        var first = await app.RegisterOrganizationAsync(name: "细河区助残协会" + Guid.NewGuid().ToString("N")[..4]);
        var second = await app.RegisterOrganizationAsync();
        using var firstAdmin = await app.SignedInStaffAsync(Role.OrganizationAdmin, first);
        using var secondRecorder = await app.SignedInStaffAsync(Role.Recorder, second);
        var member = await firstAdmin.RegisterOnSiteAsync(first, "郝静");
        var volunteerId = Guid.Parse(member.VolunteerId);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, first, volunteerId, 7, new DateTime(2026, 5, 9, 1, 0, 0, DateTimeKind.Utc));
        await firstAdmin.SubmitAsync(member.DetailsPath, [new("title", "优秀志愿者（协会内部）"), new("grantedOn", "2026-06-01"), new("body", "细河区助残协会")], postPath: member.DetailsPath + "?handler=Commend");
        await firstAdmin.SubmitAsync(member.DetailsPath, [new("complainant", "投诉人甲某"), new("content", "迟到")], postPath: member.DetailsPath + "?handler=Complaint");
        var complaintId = System.Text.RegularExpressions.Regex.Match((await firstAdmin.GetAsync(member.DetailsPath)).Html, "name=\"complaintId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        await firstAdmin.SubmitAsync(member.DetailsPath, [new("complaintId", complaintId), new("upheld", "false"), new("note", "经核实不属实")], postPath: member.DetailsPath + "?handler=Verify");
        var issued = await firstAdmin.SubmitAsync(member.DetailsPath, [new("purpose", "Employment")], postPath: member.DetailsPath + "?handler=IssueCertificate");
        var certificatePath = issued.Location!;
        await app.Factory.Services.GetRequiredService<IGrainFactory>().Membership(volunteerId, second).JoinAsync(new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, second, null), null));
        using var volunteer = await app.SignedInMemberAsync(member);

        var unshared = await secondRecorder.GetAsync(member.DetailsPath);
        var certificateUnshared = await secondRecorder.GetAsync(certificatePath);
        await volunteer.SubmitAsync("/Volunteers/Me", [new("organizationId", second.ToString()), new("share", "True")], postPath: "/Volunteers/Me?handler=Share");
        var shared = await secondRecorder.GetAsync(member.DetailsPath);
        var own = await firstAdmin.GetAsync(member.DetailsPath);

        Assert.Equal(System.Net.HttpStatusCode.OK, unshared.Status);
        Assert.DoesNotContain("优秀志愿者（协会内部）", unshared.Html);
        Assert.DoesNotContain("迟到", unshared.Html);
        Assert.DoesNotContain("投诉人甲某", unshared.Html);
        Assert.DoesNotContain("/Certificates/View/", unshared.Html);
        Assert.DoesNotContain("还差 93 小时", unshared.Html);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, certificateUnshared.Status);
        Assert.Contains("优秀志愿者（协会内部）", shared.Html);
        Assert.DoesNotContain("迟到", shared.Html);
        Assert.DoesNotContain("投诉人甲某", shared.Html);
        Assert.Contains("/Certificates/View/", shared.Html);
        Assert.Contains("还差 93 小时", shared.Html);
        Assert.Contains("投诉人甲某", own.Html);
        Assert.DoesNotContain("1990-03-07", own.Html);
        Assert.Matches("年龄</dt><dd>\\d+ 岁", own.Html);
    }
}
