using System.Reflection;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Admin.Tests.Hosting;

/// <summary>The seams between the projects, as the compiled assemblies state them.</summary>
public sealed class ProjectDependencyTests
{
    [Fact]
    public void The_pages_reach_grains_through_their_contracts_only()
    {
        var references = Names(typeof(SharedResource).Assembly);

        Assert.Contains("VolunteerRecords.Contracts", references);
        Assert.DoesNotContain("VolunteerRecords.Grains", references);
    }

    [Fact]
    public void The_contracts_depend_on_nothing_of_the_platform_and_storage_on_no_web_framework()
    {
        Assert.DoesNotContain(Names(typeof(DomainException).Assembly), name => name.StartsWith("VolunteerRecords.", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(typeof(SqlConnectionFactory).Assembly), name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static List<string> Names(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];
}
