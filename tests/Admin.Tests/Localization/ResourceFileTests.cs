using System.Reflection;
using System.Xml.Linq;
using VolunteerRecords.Grains.Organizations;

namespace VolunteerRecords.Admin.Tests.Localization;

public sealed class ResourceFileTests
{
    private static readonly Dictionary<string, string> Chinese = Load("SharedResource.zh-CN.resx");
    private static readonly Dictionary<string, string> English = Load("SharedResource.en.resx");

    [Fact]
    public void Chinese_and_english_have_the_same_keys_and_no_empty_text()
    {
        Assert.Equal(Chinese.Keys.Order(), English.Keys.Order());
        Assert.DoesNotContain(Chinese, e => string.IsNullOrWhiteSpace(e.Value));
        Assert.DoesNotContain(English, e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void Every_rule_code_a_grain_can_raise_has_a_message()
    {
        var codes = typeof(OrganizationErrors).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(Chinese.ContainsKey(code), $"missing message for {code}"));
    }

    [Fact]
    public void Every_enum_value_shown_on_pages_has_a_label()
    {
        var enums = new[]
        {
            typeof(OrganizationKind), typeof(OrganizationStatus), typeof(VolunteerRecords.Grains.Training.TrainingTopic),
            typeof(VolunteerRecords.Grains.Activities.ActivityStatus), typeof(VolunteerRecords.Grains.Volunteers.Identity.IdDocumentType),
            typeof(VolunteerRecords.Grains.Volunteers.Identity.Sex), typeof(VolunteerRecords.Grains.Volunteers.VolunteerStatus),
            typeof(VolunteerRecords.Grains.Volunteers.SanctionKind), typeof(VolunteerRecords.Grains.Volunteers.CorrectionField),
            typeof(VolunteerRecords.Grains.Volunteers.RegistrationChannel), typeof(VolunteerRecords.Grains.Memberships.MembershipStatus),
            typeof(VolunteerRecords.Grains.Common.Role), typeof(VolunteerRecords.Jobs.Imports.ImportOutcome),
            typeof(VolunteerRecords.Grains.Activities.ParticipantStatus),
            typeof(VolunteerRecords.Grains.Campaigns.CampaignKind), typeof(VolunteerRecords.Grains.Campaigns.CampaignSchedule),
            typeof(VolunteerRecords.Grains.Campaigns.RoundStatus), typeof(VolunteerRecords.Jobs.Exports.ExportPart),
            typeof(VolunteerRecords.Grains.Reports.ReportKind),
        };

        Assert.All(enums.SelectMany(e => Enum.GetNames(e).Select(n => e.Name + "." + n)), key => Assert.True(Chinese.ContainsKey(key), $"missing label {key}"));
    }

    [Fact]
    public void Every_built_in_service_area_of_A17_has_a_label()
    {
        Assert.All(VolunteerRecords.Grains.Activities.ServiceCategory.BuiltIn, code => Assert.True(Chinese.ContainsKey("ServiceCategory." + code), $"missing label {code}"));
    }

    [Fact]
    public void Every_membership_step_has_a_label()
    {
        var steps = typeof(VolunteerRecords.Grains.Memberships.MembershipEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => "MembershipEvent." + (string)f.GetRawConstantValue()!);

        Assert.All(steps, key => Assert.True(Chinese.ContainsKey(key), $"missing label {key}"));
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Resources", file)).Root!
            .Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
}
