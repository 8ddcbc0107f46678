using System.Globalization;
using System.Net;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Admin.Tests.Training;

public sealed class TrainingPagesTests(AppFixture app)
{
    [Fact]
    public async Task The_organization_arranges_a_training_confirms_its_members_and_the_volunteer_sees_training_hours_apart_A14()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "陶然");
        var listPath = $"/Organizations/Trainings/{organization}";
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        List<KeyValuePair<string, string>> Course() =>
        [
            new("Input.Name", "应急救护培训"), new("Input.Provider", "市红十字会"), new("Input.HeldOn", today), new("Input.DurationMinutes", "180"),
            new("Input.Content", "心肺复苏与止血包扎"),
        ];

        var noTopics = await recorder.SubmitAsync(listPath, Course());
        var arranged = await recorder.SubmitAsync(listPath, [.. Course(), new("Input.Topics", "ServiceSkills"), new("Input.Topics", "LawsAndRegulations")]);
        var detailsPath = arranged.Location!;
        var noProof = await recorder.SubmitAsync(detailsPath, [new("volunteers", member.VolunteerId)]);
        var confirmed = await recorder.SubmitAsync(detailsPath, [new("volunteers", member.VolunteerId), new("proofName", "市红十字会培训部"), new("proofNote", "签到表 2026-11")]);
        var details = await recorder.GetAsync(detailsPath);
        var list = await recorder.GetAsync(listPath);
        using var volunteer = await app.SignedInMemberAsync(member);
        var mine = await volunteer.GetAsync("/Volunteers/Me");

        Assert.Contains("请至少选择一项第十五条规定的培训内容。", noTopics.Html);
        Assert.Equal(HttpStatusCode.Redirect, arranged.Status);
        Assert.Contains("请填写培训组织方提供的证明", noProof.Html);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.Status);
        Assert.Contains("陶然", details.Html);
        Assert.Contains("市红十字会培训部", details.Html);
        Assert.Contains("本组织没有待确认的志愿者。", details.Html);
        Assert.Contains("有关法律法规、必须的服务技能", list.Html);
        Assert.Contains("应急救护培训", mine.Html);
        Assert.Contains("<div class=\"figure\">3</div><div>培训时长", mine.Html);
        Assert.Contains("<div class=\"figure\">0</div><div>认定服务时长", mine.Html);
    }
}
