using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Grains.Tests.Organizations;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("53210900MJ00123450")]
    [InlineData("52210900MJA00321X2")]
    public void Valid_codes_pass_A11(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M00010OY43")]
    [InlineData("91350100m000100Y43")]
    public void Wrong_check_character_length_or_letters_fail_A11(string code) => Assert.False(UnifiedSocialCreditCode.IsValid(code));
}
