using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using VolunteerRecords.Grains.Campaigns;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var storage = new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = siloBuilder.Configuration["Storage:DataDirectory"]! };
        siloBuilder.Services.AddSingleton<TimeProvider>(TestClock.Instance);
        siloBuilder.Services.AddSingleton<ICampaignJobs>(RecordingCampaignJobs.Instance);
        siloBuilder.Services.AddVolunteerStorage(storage);
        siloBuilder.Services.AddVolunteerGrainServices(new PersonalDataOptions { Key = TestKeys.PersonalData });
        siloBuilder.AddAdoNetGrainStorage(StorageNames.Records, o =>
        {
            o.Invariant = "System.Data.SQLite";
            o.ConnectionString = new SqlConnectionFactory(storage).ConnectionString;
        });
    }
}
