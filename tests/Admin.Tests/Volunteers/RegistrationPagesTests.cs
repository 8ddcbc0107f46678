using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Tests.Volunteers;

public sealed class RegistrationPagesTests(AppFixture app)
{
    private static int _serial;

    [Fact]
    public async Task Volunteer_registers_signs_in_with_phone_and_sees_own_profile_A12()
    {
        var phone = NewPhone();
        using var client = app.NewClient();

        var registered = await client.SubmitAsync("/Volunteers/Register", Fields("韩梅梅", phone, "Volunteer2026"));
        var login = await client.FollowAsync(registered);
        await client.SignInAsync(phone, "Volunteer2026");
        var home = await client.GetAsync("/");
        var profile = await client.GetAsync(home.Location!);

        Assert.Contains("注册成功", login.Html);
        Assert.Equal("/Volunteers/Me", home.Location);
        Assert.Contains("韩梅梅", profile.Html);
        Assert.Contains(string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(7)), profile.Html);
        Assert.DoesNotContain(phone, profile.Html);
    }

    [Fact]
    public async Task Volunteer_updates_skills_from_the_profile_page_A6()
    {
        var phone = NewPhone();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", Fields("李华", phone, "Volunteer2026"));
        await client.SignInAsync(phone, "Volunteer2026");

        var saved = await client.SubmitAsync("/Volunteers/Me", [new("Input.Skills", "手语翻译"), new("Input.Intentions", "EventsAndGatherings")]);
        var profile = await client.FollowAsync(saved);

        Assert.Contains("已保存。", profile.Html);
        Assert.Contains("value=\"手语翻译\"", profile.Html);
    }

    [Theory]
    [InlineData("王五", "1380013", "Volunteer2026", true, "请输入11位手机号码。")]
    [InlineData("", "13800138000", "Volunteer2026", true, "请填写姓名。")]
    [InlineData("王五", "13800138000", "short1", true, "密码至少10位")]
    [InlineData("王五", "13800138000", "Volunteer2026", false, "须同意个人信息处理规则后才能注册。")]
    public async Task Invalid_registration_shows_a_chinese_message_and_stores_nothing(string name, string phone, string password, bool accept, string message)
    {
        using var client = app.NewClient();
        var before = await app.Factory.Services.GetRequiredService<IVolunteerDirectory>().CountAsync(TestContext.Current.CancellationToken);
        var fields = Fields(name, phone, password);
        if (!accept)
        {
            fields.RemoveAll(f => f.Key == "Input.AcceptPrivacy");
        }

        var page = await client.SubmitAsync("/Volunteers/Register", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Html);
        Assert.Equal(before, await app.Factory.Services.GetRequiredService<IVolunteerDirectory>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Second_registration_with_the_same_phone_is_refused_A6()
    {
        var phone = NewPhone();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", Fields("张伟", phone, "Volunteer2026"));

        var page = await client.SubmitAsync("/Volunteers/Register", Fields("张伟", phone, "Volunteer2026"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("该手机号已注册志愿者，请直接登录。", page.Html);
    }

    [Fact]
    public async Task Volunteer_cannot_open_organization_pages()
    {
        var phone = NewPhone();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", Fields("赵敏", phone, "Volunteer2026"));
        await client.SignInAsync(phone, "Volunteer2026");

        var page = await client.GetAsync("/Organizations");

        Assert.Contains("/Account/AccessDenied", page.Location);
    }

    private static List<KeyValuePair<string, string>> Fields(string name, string phone, string password) =>
    [
        new("Input.Name", name), new("Input.Phone", phone), new("Input.Password", password), new("Input.ConfirmPassword", password),
        new("Input.Skills", "急救"), new("Input.Intentions", "CommunityService"), new("Input.AcceptPrivacy", "true"),
    ];

    private static string NewPhone() =>
        "158" + (Interlocked.Increment(ref _serial) + (Environment.ProcessId % 1000 * 10000)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
