using Microsoft.Extensions.Caching.Memory;
using VolunteerRecords.Storage.Database;
using VolunteerRecords.Storage.Ledger;

namespace VolunteerRecords.Admin.Volunteers;

/// <summary>
/// What a volunteer's pages derive from her ledger rows — the hours breakdown and pages of her rows — kept for as long
/// as her ledger position stays the same. Every row of hers moves the position, so an entry can never be stale; the
/// cache only spares re-reading hundreds of unchanged rows each time she opens her page.
/// </summary>
public sealed class LedgerViewCache(IServiceLedger ledger) : IDisposable
{
    private const int Entries = 20_000;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Entries });

    public Task<IReadOnlyList<HoursTally>> TallyAsync(Guid volunteer, long position) =>
        GetAsync(("tally", volunteer, position, 0, 0), () => ledger.TallyAsync(volunteer.ToString()));

    public Task<Page<ServiceRecord>> RecordsAsync(Guid volunteer, long position, int page, int pageSize) =>
        GetAsync(("records", volunteer, position, page, pageSize), () => ledger.ListForVolunteerAsync(volunteer.ToString(), page, pageSize));

    /// <summary>Her latest rows, all of them or only one organization's.</summary>
    public Task<IReadOnlyList<ServiceRecord>> RecentAsync(Guid volunteer, long position, Guid? organization, int limit) =>
        GetAsync(("recent:" + organization, volunteer, position, 0, limit), () => ledger.RecentForVolunteerAsync(volunteer.ToString(), organization?.ToString(), limit));

    public void Dispose() => _cache.Dispose();

    private async Task<T> GetAsync<T>((string Kind, Guid Volunteer, long Position, int Page, int PageSize) key, Func<Task<T>> read)
    {
        if (_cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }

        var value = await read();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return value;
    }
}
