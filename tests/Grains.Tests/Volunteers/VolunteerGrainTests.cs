using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Grains.Tests.Volunteers;

[Collection(ClusterCollection.Name)]
public sealed class VolunteerGrainTests(ClusterFixture fixture)
{
    private static int _phoneSerial;

    [Fact]
    public async Task Register_creates_volunteer_number_account_and_masked_profile_A12()
    {
        var id = Guid.NewGuid();
        var phone = NewPhone();

        var profile = await fixture.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(Command(phone), SelfContext(id));

        Assert.Matches(@"^2109\d{8}$", profile.VolunteerNumber);
        Assert.Equal(string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(7)), profile.MaskedPhone);
        Assert.Equal([ServiceCategory.CommunityService, ServiceCategory.EmergencyRescue], profile.Intentions);
        var account = await new SqlAccountStore(fixture.Connections).FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken);
        Assert.NotNull(account);
        Assert.Equal(Role.Volunteer, account.Role);
        Assert.Equal(id.ToString(), account.VolunteerId);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("volunteer.registered", id.ToString()));
    }

    [Fact]
    public async Task Register_never_stores_the_phone_in_clear_A23()
    {
        var id = Guid.NewGuid();
        var phone = NewPhone();

        await fixture.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(Command(phone), SelfContext(id));

        Assert.DoesNotContain(phone, await fixture.Connections.DumpStoredTextAsync());
    }

    [Fact]
    public async Task Register_same_phone_for_second_person_is_refused_A6()
    {
        var phone = NewPhone();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await fixture.Grains.GetGrain<IVolunteerGrain>(first).RegisterAsync(Command(phone), SelfContext(first));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IVolunteerGrain>(second).RegisterAsync(Command(phone), SelfContext(second)));

        Assert.Equal(VolunteerErrors.PhoneTaken, error.Code);
        Assert.Null(await fixture.Grains.GetGrain<IVolunteerGrain>(second).GetProfileAsync());
        Assert.Null(await new SqlAccountStore(fixture.Connections).FindByIdAsync(second.ToString(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Register_repeated_with_same_operation_does_nothing_twice()
    {
        var id = Guid.NewGuid();
        var context = SelfContext(id);
        var command = Command(NewPhone());

        var first = await fixture.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(command, context);
        var again = await fixture.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(command, context);

        Assert.Equal(first.VolunteerNumber, again.VolunteerNumber);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("volunteer.registered", id.ToString()));
    }

    [Theory]
    [InlineData("", "13900000000", VolunteerErrors.NameInvalid)]
    [InlineData("张三", "1390000000", VolunteerErrors.PhoneInvalid)]
    [InlineData("张三", "23900000000", VolunteerErrors.PhoneInvalid)]
    public async Task Register_with_bad_input_is_refused_and_stores_nothing(string name, string phone, string code)
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IVolunteerGrain>(id).RegisterAsync(Command(phone) with { Name = name }, SelfContext(id)));

        Assert.Equal(code, error.Code);
        Assert.Null(await fixture.Grains.GetGrain<IVolunteerGrain>(id).GetProfileAsync());
        Assert.Equal(0, await fixture.Connections.CountRowsAsync("volunteers", id.ToString()));
    }

    [Fact]
    public async Task UpdateServiceProfile_by_the_volunteer_changes_skills_and_intentions_A6()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IVolunteerGrain>(id);
        await grain.RegisterAsync(Command(NewPhone()), SelfContext(id));

        var updated = await grain.UpdateServiceProfileAsync("心理疏导", [ServiceCategory.HelpForVulnerableGroups], Actors.Context(Actors.Volunteer(id)));

        Assert.Equal("心理疏导", updated.Skills);
        Assert.Equal([ServiceCategory.HelpForVulnerableGroups], (await grain.GetProfileAsync())!.Intentions);
    }

    [Fact]
    public async Task UpdateServiceProfile_by_someone_else_is_refused_A5()
    {
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IVolunteerGrain>(id);
        await grain.RegisterAsync(Command(NewPhone()), SelfContext(id));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            grain.UpdateServiceProfileAsync("改动", [], Actors.Context(Actors.Volunteer(Guid.NewGuid()))));

        Assert.Equal(VolunteerErrors.NotAllowed, error.Code);
        Assert.Equal("急救", (await grain.GetProfileAsync())!.Skills);
    }

    private static RegisterVolunteer Command(string phone) =>
        new("李雷", phone, "hashed-elsewhere", "急救", [ServiceCategory.EmergencyRescue, ServiceCategory.CommunityService, ServiceCategory.EmergencyRescue]);

    private static CommandContext SelfContext(Guid id) => Actors.Context(Actors.Volunteer(id));

    private static string NewPhone() =>
        "137" + (Interlocked.Increment(ref _phoneSerial) + (Environment.ProcessId % 1000 * 10000)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
