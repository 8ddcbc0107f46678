using VolunteerRecords.Admin;
using VolunteerRecords.Silo.Extensions;

var builder = WebApplication.CreateBuilder(args);
if (args is ["backup", var target, ..])
{
    // dotnet run --project src/Silo -- backup <empty folder>: the embedded profile's online backup, then exit.
    foreach (var file in VolunteerRecords.Silo.Startup.SqliteBackup.Run(builder.Configuration.GetStorageOptions(), target))
    {
        Console.WriteLine($"Backed up {file}");
    }

    Console.WriteLine("The personal-data key (personal-data.key in the data folder) is not in the backup: keep a copy of it apart.");
    return;
}

builder.AddVolunteerObservability();
builder.AddVolunteerStorage();
builder.AddVolunteerSilo();
builder.AddVolunteerJobs();
builder.Services.AddAdminConsole(builder.Environment);

var app = builder.Build();
app.UseAdminConsole();
app.MapVolunteerHealthChecks();
app.MapVolunteerJobsDashboard();
app.ScheduleVolunteerJobs();
app.LogListeningAddresses();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
