using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Organizations;

public sealed class MembershipPagesTests(AppFixture app)
{
    [Fact]
    public async Task A_volunteer_applies_and_the_recorder_confirms_A12()
    {
        var organization = await app.RegisterOrganizationAsync();
        var (volunteer, _, _) = await app.SignedInVolunteerAsync("刘洋");
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);

        var applied = await volunteer.PostAsync("/Volunteers/Join", (await volunteer.GetAsync("/Volunteers/Join")).HiddenFields()
            .Where(f => f.Key == "__RequestVerificationToken").Append(new("organizationId", organization.ToString())).Append(new("operationId", Guid.NewGuid().ToString())));
        var pending = await recorder.GetAsync($"/Organizations/Members/{organization}");
        var volunteerId = System.Text.RegularExpressions.Regex.Match(pending.Html, "name=\"volunteerId\" value=\"([^\"]+)\"").Groups[1].Value;
        var confirmed = await recorder.PostAsync($"/Organizations/Members/{organization}?handler=Confirm",
            pending.HiddenFields().Where(f => f.Key == "__RequestVerificationToken").Append(new("volunteerId", volunteerId)).Append(new("operationId", Guid.NewGuid().ToString())));
        var members = await recorder.FollowAsync(confirmed);
        var mine = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Equal(HttpStatusCode.Redirect, applied.Status);
        Assert.Contains("刘洋", pending.Html);
        Assert.Contains("待确认的入会申请", pending.Html);
        Assert.DoesNotContain("待确认的入会申请", members.Html);
        Assert.Contains("刘洋", members.Html);
        Assert.Contains("成员", mine.Html);
    }

    [Fact]
    public async Task Declining_without_a_reason_shows_a_chinese_message_A12()
    {
        var organization = await app.RegisterOrganizationAsync();
        var (volunteer, _, _) = await app.SignedInVolunteerAsync();
        await volunteer.PostAsync("/Volunteers/Join", (await volunteer.GetAsync("/Volunteers/Join")).HiddenFields()
            .Where(f => f.Key == "__RequestVerificationToken").Append(new("organizationId", organization.ToString())).Append(new("operationId", Guid.NewGuid().ToString())));
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var pending = await recorder.GetAsync($"/Organizations/Members/{organization}");
        var volunteerId = System.Text.RegularExpressions.Regex.Match(pending.Html, "name=\"volunteerId\" value=\"([^\"]+)\"").Groups[1].Value;

        var page = await recorder.PostAsync($"/Organizations/Members/{organization}?handler=Decline",
            pending.HiddenFields().Where(f => f.Key == "__RequestVerificationToken")
                .Append(new("volunteerId", volunteerId)).Append(new("reason", "")).Append(new("operationId", Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("请填写理由", page.Html);
        Assert.Contains("待确认的入会申请", page.Html);
    }

    [Fact]
    public async Task Staff_of_another_organization_cannot_see_its_members()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var stranger = await app.SignedInStaffAsync(Role.Recorder, Guid.NewGuid());

        var page = await stranger.GetAsync($"/Organizations/Members/{organization}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
