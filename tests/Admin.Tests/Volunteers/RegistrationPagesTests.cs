using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Admin.Tests.Infrastructure;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Admin.Tests.Volunteers;

public sealed class RegistrationPagesTests(AppFixture app)
{
    [Fact]
    public async Task Volunteer_registers_and_signs_in_with_phone_or_id_number_A12()
    {
        var phone = TestPeople.Phone();
        var id = TestPeople.ResidentId(1992, 8, 8);
        using var client = app.NewClient();

        var registered = await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("韩梅梅", id, phone));
        var login = await client.FollowAsync(registered);
        await client.SignInAsync(phone, "Volunteer2026");
        var profile = await client.GetAsync("/Volunteers/Me");
        using var second = app.NewClient();
        await second.SignInAsync(id.ToLowerInvariant(), "Volunteer2026");

        Assert.Contains("注册成功", login.Html);
        Assert.Contains("韩梅梅", profile.Html);
        // Masking protects her from others: she sees her own numbers in full, and reading them writes no audit line.
        Assert.Contains(phone, profile.Html);
        Assert.Contains(id, profile.Html);
        Assert.Contains("1992-08-08", profile.Html);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/Volunteers/Me")).Status);
    }

    [Fact]
    public async Task Volunteer_updates_contact_and_skills_from_the_profile_page_A6()
    {
        var phone = TestPeople.Phone();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("李华", TestPeople.ResidentId(), phone));
        await client.SignInAsync(phone, "Volunteer2026");
        var newPhone = TestPeople.Phone();

        var saved = await client.SubmitAsync("/Volunteers/Me?handler=Contact",
            [new("Contact.Phone", newPhone), new("Contact.ResidenceRegionCode", "210911"), new("Contact.Skills", "手语翻译"), new("Contact.Intentions", "EventsAndGatherings")],
            postPath: "/Volunteers/Me?handler=Contact");
        var profile = await client.FollowAsync(saved);

        Assert.Contains("已保存。", profile.Html);
        Assert.Contains("value=\"手语翻译\"", profile.Html);
        Assert.Contains(newPhone, profile.Html);
        Assert.Contains("细河区", profile.Html);
    }

    [Theory]
    [InlineData("Input.Phone", "1380013", "请输入11位手机号码。")]
    [InlineData("Input.Name", "", "请填写姓名。")]
    [InlineData("Password", "short1", "密码至少 10 位")]
    [InlineData("Password", "qwertyuiop", "这个密码太常见")]
    [InlineData("Password", "1234567890", "这个密码太常见")]
    [InlineData("AcceptPrivacy", null, "须同意个人信息处理规则后才能注册。")]
    [InlineData("Input.DocumentNumber", "210902199003071238", "证件号码校验位不正确，请核对。")]
    [InlineData("Input.DocumentNumber", "21090219900307", "证件号码应为18位")]
    [InlineData("Input.ResidenceRegionCode", "", "请填写居住地区。")]
    [InlineData("Input.DocumentType", "Passport", "使用护照登记时，请填写出生日期和性别。")]
    public async Task Invalid_registration_shows_a_chinese_message_and_stores_nothing_A6(string field, string? value, string message)
    {
        using var client = app.NewClient();
        var before = await CountAsync();
        var fields = TestPeople.Registration("王五", TestPeople.ResidentId(), TestPeople.Phone()).With(field, value);
        if (field == "Password")
        {
            fields.With("ConfirmPassword", value);
        }

        if (field == "Input.DocumentType")
        {
            fields.With("Input.DocumentNumber", "E12345678");
        }

        var page = await client.SubmitAsync("/Volunteers/Register", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Html);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_long_password_needs_no_special_characters_but_may_not_be_the_phone_it_protects()
    {
        using var client = app.NewClient();
        var phone = TestPeople.Phone();
        var samePhone = await client.SubmitAsync("/Volunteers/Register",
            TestPeople.Registration("周一", TestPeople.ResidentId(), phone).With("Password", phone).With("ConfirmPassword", phone));
        var sentence = await client.SubmitAsync("/Volunteers/Register",
            TestPeople.Registration("周一", TestPeople.ResidentId(), TestPeople.Phone()).With("Password", "morning walks by the river").With("ConfirmPassword", "morning walks by the river"));

        Assert.Contains("密码不能与账号、手机号", samePhone.Html);
        Assert.Equal(HttpStatusCode.Redirect, sentence.Status);
        Assert.True(VolunteerRecords.Admin.Accounts.PasswordPolicy.CommonCount >= 10_000);
    }

    [Fact]
    public async Task A_minor_needs_a_guardian_and_registers_with_one_A7()
    {
        using var client = app.NewClient();
        var child = TestPeople.ResidentId(2011, 4, 1);
        var before = await CountAsync();

        var refused = await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("小明", child, TestPeople.Phone()));
        var withGuardian = await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("小明", child, TestPeople.Phone())
            .With("Input.GuardianName", "王芳").With("Input.GuardianRelation", "母亲").With("Input.GuardianPhone", TestPeople.Phone())
            .With("Input.GuardianIdNumber", TestPeople.ResidentId(1982, 2, 2)).With("Input.GuardianConsentDate", "2026-11-28")
            .With("Input.GuardianDataConsent", "true"));

        Assert.Contains("未满18周岁须经法定监护人同意", refused.Html);
        Assert.Equal(HttpStatusCode.Redirect, withGuardian.Status);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task One_person_registers_once_A12()
    {
        var id = TestPeople.ResidentId();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("张伟", id, TestPeople.Phone()));

        var page = await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("张伟", id, TestPeople.Phone()));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("该证件号码已注册志愿者，每人只能注册一次。", page.Html);
    }

    [Fact]
    public async Task Volunteer_cannot_open_organization_pages()
    {
        var phone = TestPeople.Phone();
        using var client = app.NewClient();
        await client.SubmitAsync("/Volunteers/Register", TestPeople.Registration("赵敏", TestPeople.ResidentId(), phone));
        await client.SignInAsync(phone, "Volunteer2026");

        var page = await client.GetAsync("/Organizations");

        Assert.Contains("/Account/AccessDenied", page.Location);
    }

    private Task<int> CountAsync() =>
        app.Factory.Services.GetRequiredService<IVolunteerDirectory>().CountAsync(TestContext.Current.CancellationToken);
}
