using VolunteerRecords.Grains.Bureaus;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Grains.Tests.Infrastructure;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Grains.Tests.Bureaus;

/// <summary>The city bureau runs the bureaus' accounts; each is scoped to its county or district (A4, A11).</summary>
[Collection(ClusterCollection.Name)]
public sealed class BureauAccountTests(ClusterFixture fixture)
{
    private static readonly Actor City = Actors.CityAdmin with { CanUnmask = true };

    [Fact]
    public async Task The_city_bureau_opens_a_district_account_scoped_to_its_district_and_every_change_is_audited_A4_A11()
    {
        var userName = "haizhou" + Guid.NewGuid().ToString("N")[..6];
        var context = Actors.Context(City);

        var id = await Bureau("210902").CreateAccountAsync(new CreateBureauAccount(userName, "海州区民政局", false, "hashed-elsewhere"), context);
        var again = await Bureau("210902").CreateAccountAsync(new CreateBureauAccount(userName, "海州区民政局", false, "hashed-elsewhere"), context);
        await Bureau("210902").SetAccountDisabledAsync(id, true, Actors.Context(City));
        var account = await Accounts.FindByIdAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal(id, again);
        Assert.Equal((Role.DistrictAdmin, "210902", true, true), (account!.Role, account.RegionCode, account.MustChangePassword, account.IsDisabled));
        var lines = await new SqlAuditLog(fixture.Connections).QueryAsync(new AuditQuery(SubjectId: id), TestContext.Current.CancellationToken);
        Assert.Equal(["bureau.account-disabled", "bureau.account-created"], lines.Items.Select(l => l.Action));
        Assert.All(lines.Items, l => Assert.Equal(City.AccountId, l.ActorId));
    }

    [Fact]
    public async Task Only_the_city_bureau_manages_bureau_accounts_of_real_bureaus_and_grants_only_what_it_holds_A4()
    {
        var create = new CreateBureauAccount("x" + Guid.NewGuid().ToString("N")[..8], "某区民政局", false, "hash");

        var byDistrict = await Refused(() => Bureau("210902").CreateAccountAsync(create, Actors.Context(Actors.DistrictAdmin("210902"))));
        var street = await Refused(() => Bureau("210902001").CreateAccountAsync(create, Actors.Context(City)));
        var unknown = await Refused(() => Bureau("219999").CreateAccountAsync(create, Actors.Context(City)));
        var unmask = await Refused(() => Bureau("210911").CreateAccountAsync(create with { CanUnmask = true }, Actors.Context(Actors.CityAdmin)));
        var city = await Bureau(RegionCodes.City).CreateAccountAsync(create, Actors.Context(City));
        var self = await Refused(() => Bureau(RegionCodes.City).SetAccountDisabledAsync(city, true, Actors.Context(City with { AccountId = city })));

        Assert.Equal(
            [BureauErrors.NotAllowed, BureauErrors.RegionInvalid, BureauErrors.RegionInvalid, BureauErrors.CannotGrantUnmask, BureauErrors.NotYourself],
            [byDistrict, street, unknown, unmask, self]);
        Assert.Equal(Role.CityAdmin, (await Accounts.FindByIdAsync(city, TestContext.Current.CancellationToken))!.Role);
    }

    private SqlAccountStore Accounts => new(fixture.Connections);

    private IBureauGrain Bureau(string region) => fixture.Grains.GetGrain<IBureauGrain>(region);

    private static async Task<string> Refused(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;
}
