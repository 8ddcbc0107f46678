using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Account;

/// <summary>A platform as it runs for real: whoever sees many people's data must enrol an authenticator.</summary>
public sealed class SecondFactorHost : IAsyncLifetime
{
    public AppFactory Factory { get; } = new(kestrel: false);

    public ValueTask InitializeAsync()
    {
        Factory.Settings["Security:RequireSecondFactor"] = "true";
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    /// <summary>The bootstrap city admin's authenticator secret, once a test has enrolled it.</summary>
    public string? CityAdminSecret { get; set; }

    public SemaphoreSlim CityAdminKey { get; } = new(1, 1);

    public FormClient NewClient() => new(Factory.CreateBrowserlikeClient());
}
