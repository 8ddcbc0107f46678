namespace VolunteerRecords.Grains.Exports;

/// <summary>The city's exports to the national volunteer information system (A21, A23); one grain, key 0, numbers them in turn.</summary>
[Alias("vr.INationalExportGrain")]
public interface INationalExportGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// The city bureau numbers the next export: the certified records, training and commendations appended since the
    /// last one. A retried operation returns the export it numbered.
    /// </summary>
    /// <returns>The export's number.</returns>
    [Alias("Create")]
    Task<int> CreateAsync(Common.CommandContext context);
}
