namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>One running platform for all page tests in the assembly; every test uses its own keys and accounts.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public AppFactory Factory { get; } = new(kestrel: false);

    public ValueTask InitializeAsync()
    {
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    public FormClient NewClient() => new(Factory.CreateBrowserlikeClient());
}
