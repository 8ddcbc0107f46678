using System.Security.Cryptography;
using System.Text;
using Hangfire;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Exports;

namespace VolunteerRecords.Jobs.Exports;

/// <summary>
/// Numbers an export on the first of each month, so the city has one ready to upload. The month is the operation: a
/// second run in the same month returns the same export, and a month with nothing new numbers none.
/// </summary>
public sealed class NationalExportJob(IGrainFactory grains, TimeProvider time)
{
    public const string RecurringId = "national-export-monthly";

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync()
    {
        var month = ChinaTime.Today(time).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var operation = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("national-export:" + month)).AsSpan(0, 16));
        try
        {
            await grains.GetGrain<INationalExportGrain>(0).CreateAsync(new CommandContext(operation, JobActor.City, null));
        }
        catch (DomainException exception) when (exception.Code == ExportErrors.NothingNew)
        {
            // Nothing certified since the last export: there is nothing to number this month.
        }
    }
}
