#if DEBUG
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace VolunteerRecords.Admin;

public static partial class AdminServiceCollectionExtensions
{
    static partial void AddRuntimeCompilation(IMvcBuilder pages, IWebHostEnvironment environment)
    {
        var source = Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "Admin"));
        if (environment.IsDevelopment() && File.Exists(Path.Combine(source, "VolunteerRecords.Admin.csproj")))
        {
            pages.AddRazorRuntimeCompilation(o => o.FileProviders.Add(new PhysicalFileProvider(source)));
        }
    }
}
#endif
