using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VolunteerRecords.Admin.Localization;
using VolunteerRecords.Resources;

namespace VolunteerRecords.Admin.Tests.Localization;

/// <summary>The kept answers are the resource files' answers, for each culture apart.</summary>
public sealed class CachingStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory ResourceFiles =
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    [Fact]
    public void A_text_kept_in_one_culture_is_not_answered_in_another()
    {
        var kept = new CachingStringLocalizerFactory(ResourceFiles).Create(typeof(SharedResource));
        var files = ResourceFiles.Create(typeof(SharedResource));

        var chinese = In("zh-CN", () => kept["Nav.SignOut"].Value);
        var english = In("en", () => kept["Nav.SignOut"].Value);
        var chineseAgain = In("zh-CN", () => kept["Nav.SignOut"].Value);

        Assert.Equal(In("zh-CN", () => files["Nav.SignOut"].Value), chinese);
        Assert.Equal(In("en", () => files["Nav.SignOut"].Value), english);
        Assert.NotEqual(chinese, english);
        Assert.Equal(chinese, chineseAgain);
    }

    [Fact]
    public void Formatted_and_missing_texts_read_as_the_resource_files_give_them()
    {
        var kept = new CachingStringLocalizerFactory(ResourceFiles).Create(typeof(SharedResource));
        var files = ResourceFiles.Create(typeof(SharedResource));

        In("zh-CN", () =>
        {
            Assert.True(kept["No.Such.Text"].ResourceNotFound);
            Assert.Equal("No.Such.Text", kept["No.Such.Text"].Value);
            Assert.Equal(files["No.Such.Text {0}", 3].Value, kept["No.Such.Text {0}", 3].Value);
            return 0;
        });
    }

    private static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
