using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Stars;

public sealed class StarPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_with_the_hours_applies_for_one_star_and_the_admin_grants_it_A26()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "严冬");
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, Guid.Parse(member.VolunteerId), 105, new DateTime(2025, 3, 2, 0, 0, 0, DateTimeKind.Utc));
        using var volunteer = await app.SignedInMemberAsync(member);
        using var admin = await app.SignedInStaffAsync(Role.OrganizationAdmin, organization);

        var before = await volunteer.GetAsync("/Volunteers/Me");
        var skipping = await volunteer.SubmitAsync("/Volunteers/Me", [new("level", "2")], postPath: "/Volunteers/Me?handler=ApplyStar");
        var applied = await volunteer.SubmitAsync("/Volunteers/Me", [new("level", "1")], postPath: "/Volunteers/Me?handler=ApplyStar");
        var review = await admin.GetAsync(member.DetailsPath);
        var declineWithoutReason = await admin.SubmitAsync(member.DetailsPath, [new("level", "1"), new("grant", "false")], postPath: member.DetailsPath + "?handler=DecideStar");
        var granted = await admin.SubmitAsync(member.DetailsPath, [new("level", "1"), new("grant", "true")], postPath: member.DetailsPath + "?handler=DecideStar");
        var after = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Contains("已达到 1 星的 100 小时，可以申请评定", before.Html);
        Assert.Contains("星级须逐级申请评定", skipping.Html);
        Assert.Equal(HttpStatusCode.Redirect, applied.Status);
        Assert.Contains("1 星评定申请审核中", review.Html);
        Assert.Contains("请写明理由", declineWithoutReason.Html);
        Assert.Equal(HttpStatusCode.Redirect, granted.Status);
        Assert.Contains("1 星志愿者", after.Html);
        Assert.Contains("距 2 星（300 小时）还差 195 小时", after.Html);
        Assert.Contains("评定为 1 星", after.Html);
        Assert.Matches("<td>2025</td><td>105</td>", after.Html);
        Assert.Matches("<td>社区服务</td><td>105</td>", after.Html);
    }
}
