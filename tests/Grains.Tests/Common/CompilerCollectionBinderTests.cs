using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Common;

/// <summary>State stored before the fix named a compiler-generated list type; it reads back, and nothing new names one (A20).</summary>
public sealed class CompilerCollectionBinderTests
{
    [Fact]
    public void A_state_stored_with_a_compiler_generated_list_reads_back_and_is_written_as_a_plain_list_A20()
    {
        var holder = new Holder { Kinds = ["CommunityService", "EnvironmentalProtection"] };
        var before = JsonConvert.SerializeObject(holder, Settings(new DefaultSerializationBinder()));
        var fixedSettings = Settings(new CompilerCollectionBinder(new DefaultSerializationBinder()));

        var read = JsonConvert.DeserializeObject<Holder>(before, fixedSettings)!;
        var after = JsonConvert.SerializeObject(holder, fixedSettings);

        Assert.Contains("<>z__ReadOnly", before);
        Assert.Equal(["CommunityService", "EnvironmentalProtection"], read.Kinds);
        Assert.IsType<List<string>>(read.Kinds);
        Assert.DoesNotContain("<>z__", after);
    }

    private static JsonSerializerSettings Settings(ISerializationBinder binder) =>
        new() { TypeNameHandling = TypeNameHandling.All, SerializationBinder = binder };

    private sealed class Holder
    {
        public IReadOnlyList<string> Kinds { get; set; } = [];
    }
}
