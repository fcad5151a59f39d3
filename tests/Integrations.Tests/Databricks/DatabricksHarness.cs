using Mlops.Build.Integrations.Databricks;
using Mlops.Simulators.Databricks;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>A fresh simulated workspace per test and the real client pointed at it; waits are recorded, never slept.</summary>
public abstract class DatabricksHarness : IAsyncLifetime
{
    protected DatabricksSimulator Simulator { get; private set; } = null!;

    protected DatabricksClient Client { get; private set; } = null!;

    protected DatabricksSettings Settings { get; private set; } = null!;

    /// <summary>Every wait the client's retries and the run polling asked for.</summary>
    protected List<TimeSpan> Waits { get; } = [];

    protected List<string> Log { get; } = [];

    public async Task InitializeAsync()
    {
        Simulator = await DatabricksSimulator.StartAsync();
        Settings = new DatabricksSettings(Simulator.BaseAddress, Simulator.Token, null, null, null, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
        Client = CreateClient(Settings);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }

    protected DatabricksClient CreateClient(DatabricksSettings settings) => DatabricksClient.Create(settings, delay: RecordWait);

    protected Task RecordWait(TimeSpan wait, CancellationToken cancellationToken)
    {
        Waits.Add(wait);
        return Task.CompletedTask;
    }
}
