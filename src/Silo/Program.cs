using VolunteerRecords.Admin;
using VolunteerRecords.Silo.Extensions;

var builder = WebApplication.CreateBuilder(args);
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
