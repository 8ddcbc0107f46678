using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.SpotChecks;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.SpotChecks;

namespace VolunteerRecords.Grains.Tests.SpotChecks;

/// <summary>A bureau samples its own region's certified entries, questions one, and the organization answers (办法 Art21-22).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SpotCheckTests(ClusterFixture fixture)
{
    /// <summary>A day no other test certifies on, so the period holds only this test's entries.</summary>
    private static readonly DateTime Served = new(2025, 2, 11, 1, 0, 0, DateTimeKind.Utc);

    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task A_district_bureau_samples_its_region_and_the_organization_answers_its_question_A21()
    {
        var haizhou = await _scenario.OrganizationAsync("210902");
        var xihe = await _scenario.OrganizationAsync("210911");
        for (var i = 0; i < 3; i++)
        {
            await CertifyAsync(haizhou, Served.AddMinutes(i * 200));
        }

        await CertifyAsync(xihe, Served.AddMinutes(700));
        var bureau = Actors.DistrictAdmin("210902");
        var id = Guid.NewGuid();
        var check = fixture.Grains.GetGrain<ISpotCheckGrain>(id);
        var store = new SqlSpotCheckStore(fixture.Connections);
        var day = ChinaTime.DateOf(Served);
        var cancellation = TestContext.Current.CancellationToken;

        var tooLarge = await Assert.ThrowsAsync<DomainException>(() => check.DrawAsync(day, day, 201, new CommandContext(id, bureau, null)));
        var future = await Assert.ThrowsAsync<DomainException>(() => check.DrawAsync(day, ChinaTime.Today(TestClock.Instance).AddDays(1), 5, new CommandContext(id, bureau, null)));
        await check.DrawAsync(day, day, 2, new CommandContext(id, bureau, null));
        await check.DrawAsync(day, day, 2, new CommandContext(id, bureau, null));
        var items = await store.ItemsAsync(id.ToString(), cancellation);
        var first = Guid.Parse(items[0].RootId);
        var noNote = await Assert.ThrowsAsync<DomainException>(() => check.MarkAsync(first, SpotCheckVerdict.Questioned, " ", Actors.Context(bureau)));
        var otherDistrict = await Assert.ThrowsAsync<DomainException>(() => check.MarkAsync(first, SpotCheckVerdict.Confirmed, "", Actors.Context(Actors.DistrictAdmin("210911"))));
        await check.MarkAsync(first, SpotCheckVerdict.Questioned, "签到表上无此人签名", Actors.Context(bureau));
        await check.MarkAsync(Guid.Parse(items[1].RootId), SpotCheckVerdict.Confirmed, "", Actors.Context(Actors.CityAdmin));
        var queue = await store.QuestionedAsync(haizhou.ToString(), cancellation);
        var byOther = await Assert.ThrowsAsync<DomainException>(() => check.AnswerAsync(first, "已核实", Scenario.Recorder(xihe)));
        var answer = Scenario.Recorder(haizhou);
        await check.AnswerAsync(first, "补签记录已找到，时长无误", answer);
        await check.AnswerAsync(first, "补签记录已找到，时长无误", answer);
        var again = await Assert.ThrowsAsync<DomainException>(() => check.AnswerAsync(first, "再次答复", Scenario.Recorder(haizhou)));
        var answered = await store.FindItemAsync(id.ToString(), first.ToString(), cancellation);

        Assert.Equal(SpotCheckErrors.SizeInvalid, tooLarge.Code);
        Assert.Equal(SpotCheckErrors.PeriodInvalid, future.Code);
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal(haizhou.ToString(), item.OrganizationId));
        Assert.Equal(SpotCheckErrors.NoteRequired, noNote.Code);
        Assert.Equal(SpotCheckErrors.NotAllowed, otherDistrict.Code);
        Assert.Equal(first.ToString(), Assert.Single(queue).RootId);
        Assert.Equal(SpotCheckErrors.NotAllowed, byOther.Code);
        Assert.Equal(SpotCheckErrors.NotQuestioned, again.Code);
        Assert.Equal((SpotCheckVerdict.Answered, "补签记录已找到，时长无误", "签到表上无此人签名"), (answered!.LastVerdict, answered.LastNote, answered.Question));
        Assert.Empty(await store.QuestionedAsync(haizhou.ToString(), cancellation));
        var summary = (await store.FindAsync(id.ToString(), cancellation))!;
        Assert.Equal((2, 0, 0), (summary.Drawn, summary.Questioned, summary.Unmarked));
    }

    private async Task CertifyAsync(Guid organization, DateTime start)
    {
        var volunteer = await _scenario.MemberAsync(organization);
        await fixture.Grains.GetGrain<IRecordBookGrain>(volunteer).CertifyServiceAsync(
            new ServiceEntry(organization, null, Guid.NewGuid(), start, start.AddHours(2), ServiceCategory.CommunityService,
                start, start.AddHours(2), 0, "社区清扫", "海州区", new ServiceProof("王主任", null, "签到表")),
            Scenario.Recorder(organization));
    }
}
