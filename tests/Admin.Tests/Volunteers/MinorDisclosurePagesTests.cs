using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;

namespace VolunteerRecords.Admin.Tests.Volunteers;

public sealed class MinorDisclosurePagesTests(AppFixture app)
{
    [Fact]
    public async Task When_a_16_year_old_agrees_to_disclosure_herself_her_organization_is_asked_to_tell_her_guardian_A7()
    {
        var organization = await app.RegisterOrganizationAsync();
        using var recorder = await app.SignedInStaffAsync(Role.Recorder, organization);
        var grains = app.Factory.Services.GetRequiredService<IGrainFactory>();
        var today = ChinaTime.Today(TimeProvider.System);
        var birth = today.AddYears(-16);
        var id = Guid.NewGuid();
        var staff = new Actor("recorder", "记录员", Role.Recorder, null, organization, null);
        await grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(
            new RegisterVolunteer("小雨", IdDocumentType.ResidentIdCard, TestPeople.ResidentId(birth.Year, birth.Month, birth.Day), null, null, "210902", TestPeople.Phone(), "hash", "", [],
                new GuardianConsent("王芳", "母亲", TestPeople.Phone(), TestPeople.ResidentId(1980, 5, 20), today, true), RegistrationChannel.OnSite, organization, PersonConsented: true),
            new CommandContext(Guid.NewGuid(), staff, null));

        var before = await recorder.GetAsync("/Volunteers/Details/" + id);
        await grains.GetGrain<IVolunteerGrain>(id).SetDisclosureConsentAsync(true, false, new CommandContext(Guid.NewGuid(), new Actor(id.ToString(), "小雨", Role.Volunteer, null, null, id), null));
        var after = await recorder.GetAsync("/Volunteers/Details/" + id);

        Assert.DoesNotContain("guardian-to-be-told", before.Html);
        Assert.Contains("请告知其监护人 王芳", after.Html);
    }
}
