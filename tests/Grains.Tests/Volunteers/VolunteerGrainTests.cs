using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Memberships;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Grains.Volunteers;
using VolunteerRecords.Grains.Volunteers.Identity;
using VolunteerRecords.Storage.Accounts;

namespace VolunteerRecords.Grains.Tests.Volunteers;

[Collection(ClusterCollection.Name)]
public sealed class VolunteerGrainTests(ClusterFixture fixture)
{
    private readonly Scenario _scenario = new(fixture);

    [Fact]
    public async Task Register_with_resident_id_takes_sex_and_birth_date_from_it_A6()
    {
        var id = Guid.NewGuid();
        var number = People.ResidentId(new DateOnly(1990, 3, 7), male: false);

        var profile = await Grain(id).RegisterAsync(People.Adult(number) with { Sex = Sex.Male, BirthDate = new DateOnly(2000, 1, 1) }, Scenario.Self(id));

        Assert.Equal(Sex.Female, profile.Sex);
        Assert.Equal(new DateOnly(1990, 3, 7), profile.BirthDate);
        Assert.Equal(IdDocuments.Mask(number), profile.MaskedDocumentNumber);
        Assert.Matches(@"^2109\d{8}$", profile.VolunteerNumber);
        Assert.Equal([ServiceCategory.CommunityService, ServiceCategory.EmergencyRescue], profile.Intentions);
        var account = await new SqlAccountStore(fixture.Connections).FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken);
        Assert.Equal(Role.Volunteer, account!.Role);
        Assert.Equal(profile.VolunteerNumber, account.UserName);
    }

    [Fact]
    public async Task Register_with_passport_needs_birth_date_and_sex_typed_in_A6()
    {
        var id = Guid.NewGuid();
        var passport = People.Adult() with { DocumentType = IdDocumentType.Passport, DocumentNumber = "E" + Random.Shared.Next(10_000_000, 99_999_999) };

        var missing = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RegisterAsync(passport, Scenario.Self(id)));
        var profile = await Grain(id).RegisterAsync(passport with { Sex = Sex.Male, BirthDate = new DateOnly(1988, 8, 8) }, Scenario.Self(id));

        Assert.Equal(VolunteerErrors.BirthDateRequired, missing.Code);
        Assert.Equal(new DateOnly(1988, 8, 8), profile.BirthDate);
    }

    [Theory]
    [InlineData("210902199003071238", IdErrors.IdNumberCheckCharacter)]
    [InlineData("2109021990030712", IdErrors.IdNumberFormat)]
    [InlineData("810000199001010019", IdErrors.IdNumberRegion)]
    public async Task Register_with_an_invalid_id_number_is_refused_and_stores_nothing_A6(string number, string code)
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RegisterAsync(People.Adult(number), Scenario.Self(id)));

        Assert.Equal(code, error.Code);
        Assert.Null(await Grain(id).GetProfileAsync());
        Assert.Equal(0, await fixture.Connections.CountRowsAsync("volunteers", id.ToString()));
    }

    [Fact]
    public async Task One_person_registers_once_a_second_registration_with_the_same_id_is_refused_A12()
    {
        var number = People.ResidentId(People.AdultBirth);
        await _scenario.VolunteerAsync(People.Adult(number));
        var second = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(second).RegisterAsync(People.Adult(number), Scenario.Self(second)));

        Assert.Equal(VolunteerErrors.IdTaken, error.Code);
        Assert.Null(await Grain(second).GetProfileAsync());
    }

    [Fact]
    public async Task A_phone_already_registered_is_refused_and_the_id_number_stays_free_A6()
    {
        var phone = People.Phone();
        await _scenario.VolunteerAsync(People.Adult(phone: phone));
        var second = Guid.NewGuid();
        var number = People.ResidentId(People.AdultBirth);

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(second).RegisterAsync(People.Adult(number, phone), Scenario.Self(second)));
        var retry = await Grain(second).RegisterAsync(People.Adult(number), Scenario.Self(second));

        Assert.Equal(VolunteerErrors.PhoneTaken, error.Code);
        Assert.NotNull(retry);
    }

    [Fact]
    public async Task Identifiers_are_never_stored_or_logged_in_clear_A23()
    {
        var command = People.Minor(new DateOnly(2012, 5, 5), People.Guardian());

        await _scenario.VolunteerAsync(command);

        var stored = await fixture.Connections.DumpStoredTextAsync();
        Assert.DoesNotContain(command.DocumentNumber, stored);
        Assert.DoesNotContain(command.Phone, stored);
        Assert.DoesNotContain(command.Guardian!.Phone, stored);
        Assert.DoesNotContain(command.Guardian.IdNumber, stored);
    }

    [Fact]
    public async Task A_minor_without_a_guardians_consent_is_refused_A7()
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).RegisterAsync(People.Minor(new DateOnly(2010, 6, 15), guardian: null), Scenario.Self(id)));

        Assert.Equal(VolunteerErrors.GuardianRequired, error.Code);
        Assert.Null(await Grain(id).GetProfileAsync());
    }

    [Fact]
    public async Task A_minor_registers_with_the_guardians_consent_recorded_A7()
    {
        var id = Guid.NewGuid();

        var profile = await Grain(id).RegisterAsync(People.Minor(new DateOnly(2010, 6, 15), People.Guardian(dataConsent: false)), Scenario.Self(id));
        var standing = await Grain(id).GetStandingAsync();

        Assert.Equal("王芳", profile.GuardianName);
        Assert.Equal("母亲", profile.GuardianRelation);
        Assert.True(standing.HasGuardianConsent);
    }

    [Fact]
    public async Task A_child_under_14_also_needs_consent_to_processing_their_data_A7()
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).RegisterAsync(People.Minor(new DateOnly(2013, 12, 1), People.Guardian(dataConsent: false)), Scenario.Self(id)));

        Assert.Equal(VolunteerErrors.GuardianDataConsentRequired, error.Code);
    }

    [Fact]
    public async Task A_guardian_must_be_an_adult_with_a_valid_id_A7()
    {
        var id = Guid.NewGuid();
        var childGuardian = People.Guardian() with { IdNumber = People.ResidentId(new DateOnly(2012, 1, 1)) };

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).RegisterAsync(People.Minor(new DateOnly(2010, 6, 15), childGuardian), Scenario.Self(id)));

        Assert.Equal(VolunteerErrors.GuardianInvalid, error.Code);
    }

    [Fact]
    public async Task Someone_turning_18_today_registers_without_a_guardian_A7()
    {
        var id = Guid.NewGuid();

        var profile = await Grain(id).RegisterAsync(People.Adult(People.ResidentId(new DateOnly(2008, 11, 29))), Scenario.Self(id));

        Assert.Null(profile.GuardianName);
    }

    [Fact]
    public async Task An_organization_registers_a_person_on_the_spot_as_its_member_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = Guid.NewGuid();
        var command = People.Adult() with { Channel = RegistrationChannel.OnSite, OrganizationId = organization, PersonConsented = true, MustChangePassword = true };

        var profile = await Grain(id).RegisterAsync(command, Scenario.Recorder(organization));

        Assert.Equal(RegistrationChannel.OnSite, profile.Channel);
        Assert.Equal(MembershipStatus.Member, (await fixture.Grains.Membership(id, organization).GetAsync()).Status);
        Assert.True((await new SqlAccountStore(fixture.Connections).FindByIdAsync(id.ToString(), TestContext.Current.CancellationToken))!.MustChangePassword);
        Assert.Equal(["membership.enrolled"], await fixture.Connections.MembershipEventsAsync(id));
    }

    [Fact]
    public async Task On_the_spot_registration_needs_the_persons_consent_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RegisterAsync(
            People.Adult() with { Channel = RegistrationChannel.OnSite, OrganizationId = organization, PersonConsented = false },
            Scenario.Recorder(organization)));

        Assert.Equal(VolunteerErrors.PersonConsentRequired, error.Code);
        Assert.Null(await Grain(id).GetProfileAsync());
    }

    [Fact]
    public async Task Staff_of_another_organization_cannot_register_on_its_behalf_A12()
    {
        var organization = await _scenario.OrganizationAsync();
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() => Grain(id).RegisterAsync(
            People.Adult() with { Channel = RegistrationChannel.OnSite, OrganizationId = organization, PersonConsented = true },
            Scenario.Recorder(Guid.NewGuid())));

        Assert.Equal(VolunteerErrors.NotAllowed, error.Code);
    }

    [Fact]
    public async Task Register_repeated_with_the_same_operation_does_nothing_twice()
    {
        var id = Guid.NewGuid();
        var context = Scenario.Self(id);
        var command = People.Adult();

        var first = await Grain(id).RegisterAsync(command, context);
        var again = await Grain(id).RegisterAsync(command, context);

        Assert.Equal(first.VolunteerNumber, again.VolunteerNumber);
        Assert.Equal(1, await fixture.Connections.CountAuditAsync("volunteer.registered", id.ToString()));
    }

    [Theory]
    [InlineData("", "13900000000", "210902", VolunteerErrors.NameInvalid)]
    [InlineData("张三", "1390000000", "210902", VolunteerErrors.PhoneInvalid)]
    [InlineData("张三", "13900000000", "999999", VolunteerErrors.ResidenceUnknown)]
    public async Task Register_with_bad_input_is_refused_and_stores_nothing_A6(string name, string phone, string region, string code)
    {
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            Grain(id).RegisterAsync(People.Adult(phone: phone) with { Name = name, ResidenceRegionCode = region }, Scenario.Self(id)));

        Assert.Equal(code, error.Code);
        Assert.Null(await Grain(id).GetProfileAsync());
        Assert.Equal(0, await fixture.Connections.CountRowsAsync("volunteers", id.ToString()));
    }

    private IVolunteerGrain Grain(Guid id) => fixture.Grains.GetGrain<IVolunteerGrain>(id);
}
