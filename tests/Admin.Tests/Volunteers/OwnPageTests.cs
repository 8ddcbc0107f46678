using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Ledger;
using VolunteerRecords.Grains.Volunteers.RecordBook;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Tests.Volunteers;

/// <summary>The volunteer's own page follows her ledger: what it keeps between views is never older than her last row.</summary>
public sealed partial class OwnPageTests(AppFixture app)
{
    [Fact]
    public async Task Her_hours_by_year_follow_every_new_entry_and_correction_A16_A21()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var member = await recorder.RegisterOnSiteAsync(organization, "逐年");
        var id = Guid.Parse(member.VolunteerId);
        using var volunteer = await app.SignedInMemberAsync(member);
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, id, 6, new DateTime(2026, 2, 2, 1, 0, 0, DateTimeKind.Utc));

        var first = Years(await volunteer.GetAsync("/Volunteers/Me"));
        await TestLedger.CertifyHoursAsync(app.Factory.Services, organization, id, 4, new DateTime(2025, 3, 2, 1, 0, 0, DateTimeKind.Utc));
        var second = Years(await volunteer.GetAsync("/Volunteers/Me"));
        var entry = (await app.Factory.Services.GetRequiredService<IServiceLedger>().CurrentEntriesAsync(
            member.VolunteerId, null, new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            TestContext.Current.CancellationToken)).Single();
        await app.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IRecordBookGrain>(id).CorrectServiceAsync(
            Guid.Parse(entry.RootId), new ServiceCorrection(entry.StartUtc, entry.StartUtc.AddHours(1), 0, "签退时间记错"),
            new CommandContext(Guid.NewGuid(), new Actor("recorder", "记录员", Role.Recorder, null, organization, null), null));
        var third = Years(await volunteer.GetAsync("/Volunteers/Me"));

        Assert.Equal("2026:6", first);
        Assert.Equal("2026:6 2025:4", second);
        Assert.Equal("2026:6 2025:1", third);
    }

    /// <summary>The rows of the by-year table, as "year:hours" newest first.</summary>
    private static string Years(FormClient.Page page)
    {
        var html = Regex.Replace(page.Html, "\\s+", " ");
        var table = html[html.IndexOf("年度", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        return string.Join(" ", YearRow().Matches(table).Select(m => m.Groups[1].Value + ":" + m.Groups[2].Value));
    }

    [GeneratedRegex("<tr><td>(\\d{4})</td><td>([\\d.]+)</td></tr>")]
    private static partial Regex YearRow();
}
