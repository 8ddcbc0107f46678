using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Tests.Infrastructure;

namespace VolunteerRecords.Grains.Tests.Common;

public sealed class PersonalDataProtectorTests
{
    private readonly PersonalDataProtector _protector = new(new PersonalDataOptions { Key = TestKeys.PersonalData });

    [Fact]
    public void Protect_round_trips_and_uses_a_fresh_nonce_each_time()
    {
        var first = _protector.Protect("13912345678");
        var second = _protector.Protect("13912345678");

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("13912345678", first);
        Assert.Equal("13912345678", _protector.Unprotect(first));
    }

    [Fact]
    public void Unprotect_rejects_a_tampered_value()
    {
        var bytes = Convert.FromBase64String(_protector.Protect("13912345678"));
        bytes[^1] ^= 0x01;

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => _protector.Unprotect(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void LookupHash_is_stable_for_a_key_and_differs_between_keys_and_kinds()
    {
        var other = new PersonalDataProtector(new PersonalDataOptions { Key = Convert.ToBase64String(new byte[32]) });

        Assert.Equal(_protector.LookupHash("phone", "13912345678"), _protector.LookupHash("phone", " 13912345678 "));
        Assert.NotEqual(_protector.LookupHash("phone", "13912345678"), other.LookupHash("phone", "13912345678"));
        Assert.NotEqual(_protector.LookupHash("phone", "13912345678"), _protector.LookupHash("id", "13912345678"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64!")]
    public void A_missing_or_short_key_is_refused(string key) =>
        Assert.Throws<InvalidOperationException>(() => new PersonalDataProtector(new PersonalDataOptions { Key = key }));

    [Fact]
    public void Mask_keeps_only_the_ends() =>
        Assert.Equal("139****5678", PersonalDataProtector.Mask("13912345678", 3, 4));
}
