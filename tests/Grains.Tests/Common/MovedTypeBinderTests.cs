using Newtonsoft.Json.Serialization;
using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains.Tests.Common;

/// <summary>States written while the contracts lived in the grains assembly name their values by that assembly.</summary>
public sealed class MovedTypeBinderTests
{
    private static readonly MovedTypeBinder Binder = new(new DefaultSerializationBinder());

    [Fact]
    public void A_contract_named_by_the_grains_assembly_is_read_as_the_contract_A20()
    {
        Assert.Equal(typeof(ActivitySession), Binder.BindToType("VolunteerRecords.Grains", "VolunteerRecords.Grains.Activities.ActivitySession"));
        Assert.Equal(
            typeof(List<ActivitySession>),
            Binder.BindToType("System.Private.CoreLib", "System.Collections.Generic.List`1[[VolunteerRecords.Grains.Activities.ActivitySession, VolunteerRecords.Grains]]"));
    }

    [Fact]
    public void A_type_that_stayed_in_the_grains_assembly_is_read_where_it_is_A20()
    {
        Assert.Equal(typeof(RecentOperations), Binder.BindToType("VolunteerRecords.Grains", "VolunteerRecords.Grains.Common.RecentOperations"));
        Binder.BindToName(typeof(ActivitySession), out var assembly, out _);
        Assert.StartsWith("VolunteerRecords.Contracts", assembly);
    }
}
