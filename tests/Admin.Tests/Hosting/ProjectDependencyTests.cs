using System.Reflection;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Jobs.Reports;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Admin.Tests.Hosting;

/// <summary>The seams between the projects, as the compiled assemblies state them.</summary>
public sealed class ProjectDependencyTests
{
    [Fact]
    public void The_pages_reach_grains_through_their_contracts_only()
    {
        var references = Names(typeof(AdminServiceCollectionExtensions).Assembly);

        Assert.Contains("VolunteerRecords.Contracts", references);
        Assert.DoesNotContain("VolunteerRecords.Grains", references);
    }

    [Fact]
    public void Jobs_importers_reports_and_the_certificate_printer_run_without_the_web_framework_or_the_grains()
    {
        var references = Names(typeof(ReportJob).Assembly);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("VolunteerRecords.Grains", references);
        Assert.DoesNotContain("VolunteerRecords.Admin", references);
    }

    [Fact]
    public void The_contracts_depend_on_nothing_of_the_platform_and_storage_on_no_web_framework()
    {
        Assert.DoesNotContain(Names(typeof(DomainException).Assembly), name => name.StartsWith("VolunteerRecords.", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(typeof(SqlConnectionFactory).Assembly), name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static List<string> Names(Assembly assembly) => [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];
}
