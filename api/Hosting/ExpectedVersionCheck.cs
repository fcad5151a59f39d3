using Mlops.Model;

namespace Mlops.Api.Hosting;

/// <summary>
/// Model:ExpectedVersion (environment Model__ExpectedVersion; the image sets it from the MODEL_VERSION it was built
/// for): when set, the API refuses to start unless the card it loaded is that version, so a deployment never serves
/// another model than the one the deploy asked for. Runs after <see cref="ModelLoader"/> (which loads while the host
/// is starting) and, registered before the server, before it listens.
/// </summary>
internal sealed partial class ExpectedVersionCheck(ModelState state, IConfiguration configuration, ILogger<ExpectedVersionCheck> logger)
    : IHostedService
{
    public const string Setting = "Model:ExpectedVersion";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var expected = configuration[Setting];
        if (string.IsNullOrWhiteSpace(expected) || expected.Trim() == state.Current.Version)
        {
            return Task.CompletedTask;
        }

        var reason = $"{Setting} is {expected.Trim()}, but the model loaded is {state.Current.Card.ModelId} {state.Current.Version}.";
        LogMismatch(reason);
        throw new ModelLoadException(reason);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API cannot start: it serves another model version than the one asked for. {Reason}")]
    private partial void LogMismatch(string reason);
}
