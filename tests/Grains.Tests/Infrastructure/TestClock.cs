using Microsoft.Extensions.Time.Testing;

namespace VolunteerRecords.Grains.Tests.Infrastructure;

public static class TestClock
{
    /// <summary>The silo's clock: 2026-11-29 10:00 China Standard Time.</summary>
    public static FakeTimeProvider Instance { get; } = new(new DateTimeOffset(2026, 11, 29, 2, 0, 0, TimeSpan.Zero));
}
