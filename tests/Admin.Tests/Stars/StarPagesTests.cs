using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Admin.Tests.Stars;

public sealed class StarPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_with_the_hours_applies_for_one_star_and_the_admin_grants_it_A26()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "严冬");
        await CertifyAsync(organization, Guid.Parse(member.VolunteerId), 105);
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
    }

    /// <summary>Whole days of service certified straight through the grain: the page flow is not what this test is about.</summary>
    private async Task CertifyAsync(Guid organization, Guid volunteer, int hours)
    {
        var grain = app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IVolunteerGrain>(volunteer);
        var recorder = new Actor("recorder", "记录员", Role.Recorder, null, organization, null);
        for (var day = 1; hours > 0; day++)
        {
            var length = Math.Min(20, hours);
            hours -= length;
            var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day);
            await grain.CertifyServiceAsync(
                new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(length), ServiceCategory.CommunityService,
                    start, start.AddHours(length), 0, "社区服务", "海州区", new ServiceProof("王主任", null, null)),
                new CommandContext(Guid.NewGuid(), recorder, null));
        }
    }
}
