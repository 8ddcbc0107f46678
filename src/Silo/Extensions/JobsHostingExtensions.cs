using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Reports;
using VolunteerRecords.Jobs.Activities;
using VolunteerRecords.Jobs.Alerts;
using VolunteerRecords.Jobs.Exports;
using VolunteerRecords.Jobs.Ledger;
using VolunteerRecords.Jobs.Reports;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.Extensions;

public static class JobsHostingExtensions
{
    public const string DashboardPath = "/jobs";

    public static WebApplicationBuilder AddVolunteerJobs(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetStorageOptions();
        var jobs = builder.Configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();

        // Hangfire keeps its storage and job activator in statics, and AddHangfire hands those out. Registered here
        // first, each node (and each host in a test process) uses its own: its jobs run with its own services.
        JobStorage? created = null;
        builder.Services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return created!;
        });
        builder.Services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((provider, configuration) =>
        {
            configuration
                .UseLogProvider(new TolerantLogProvider(new AspNetCoreLogProvider(provider.GetRequiredService<ILoggerFactory>())))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (storage.Provider == StorageProvider.Sqlite)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(storage.HangfireSqlitePath)!);
                created = configuration.UseSQLiteStorage(storage.HangfireSqlitePath, new SQLiteStorageOptions
                {
                    JournalMode = SQLiteStorageOptions.JournalModes.WAL,
                    InvisibilityTimeout = jobs.InvisibilityTimeout,
                    // Polling a local file costs next to nothing, and a queued selection starts within a second.
                    QueuePollInterval = TimeSpan.FromSeconds(1),
                }).Entry;
            }
            else
            {
                var ownerInstalls = !string.IsNullOrWhiteSpace(storage.MigrationConnectionString);
                if (ownerInstalls)
                {
                    HangfireSchema.InstallAsOwner(storage.MigrationConnectionString!, new Npgsql.NpgsqlConnectionStringBuilder(storage.ConnectionString).Username!);
                }

                created = configuration.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(storage.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = HangfireSchema.Name,
                        PrepareSchemaIfNecessary = !ownerInstalls,
                        // A job whose worker died becomes visible to the other silos again after this, not after 30 minutes.
                        InvisibilityTimeout = jobs.InvisibilityTimeout,
                        QueuePollInterval = TimeSpan.FromSeconds(5),
                    }).Entry;
            }
        });

        if (jobs.RunServer)
        {
            builder.Services.AddHangfireServer(o =>
            {
                o.WorkerCount = jobs.WorkerCount;
                // Lets a running job finish on shutdown; the host's own timeout bounds the wait.
                o.ShutdownTimeout = TimeSpan.FromSeconds(25);
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return builder;
    }

    /// <summary>The recurring jobs, registered by every node: registering the same job again only updates it.</summary>
    public static WebApplication ScheduleVolunteerJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        recurring.AddOrUpdate<NationalExportJob>(NationalExportJob.RecurringId, job => job.RunAsync(), "0 3 1 * *", china);
        recurring.AddOrUpdate<ReportJob>(ReportJob.RecurringId(ReportKind.Monthly), job => job.GenerateAsync(ReportKind.Monthly, CancellationToken.None), "0 2 1 * *", china);
        recurring.AddOrUpdate<ReportJob>(ReportJob.RecurringId(ReportKind.Quarterly), job => job.GenerateAsync(ReportKind.Quarterly, CancellationToken.None), "10 2 1 1,4,7,10 *", china);
        recurring.AddOrUpdate<ReportJob>(ReportJob.RecurringId(ReportKind.Yearly), job => job.GenerateAsync(ReportKind.Yearly, CancellationToken.None), "20 2 1 1 *", china);
        recurring.AddOrUpdate<TotalsCheckJob>(TotalsCheckJob.RecurringId, job => job.RunAsync(CancellationToken.None), "0 1 * * *", china);
        recurring.AddOrUpdate<DailyAlertsJob>(DailyAlertsJob.RecurringId, job => job.RunAsync(CancellationToken.None), "30 6 * * *", china);
        recurring.AddOrUpdate<ActivityEndingJob>(ActivityEndingJob.RecurringId, job => job.RunAsync(CancellationToken.None), "*/15 * * * *", china);
        recurring.AddOrUpdate<ReportJob>("statistics-fold", job => job.FoldLedgerAsync(CancellationToken.None), Cron.Minutely(), china);
        return app;
    }

    /// <summary>The dashboard sits behind the bureau policy: anonymous users are sent to sign in, others get 403.</summary>
    public static WebApplication MapVolunteerJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new BureauDashboardAuthorizationFilter()],
            // Only the city bureau triggers, requeues or deletes jobs; jobs are the city's, a district only looks.
            IsReadOnlyFunc = context => !BureauDashboardAuthorizationFilter.IsCityBureau(context.GetHttpContext().User),
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(Policies.Bureau);
        return app;
    }
}
