using Microsoft.Extensions.Options;
using Mlops.Model;

namespace Mlops.Api.Hosting;

/// <summary>
/// Loads and verifies the model while the host is starting, before the server listens: a missing or corrupt
/// model stops start-up instead of leaving a server that answers /health but cannot predict.
/// </summary>
internal sealed partial class ModelLoader(ModelState state, IOptions<ModelOptions> options, ILogger<ModelLoader> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.ResolvedPath;
        try
        {
            var scoring = Load(directory);
            CardCheck.Verify(scoring.Card, directory);
            var model = new ServedModel(scoring);
            state.Set(model);
            LogLoaded(model.Card.ModelId, model.Version, directory);
        }
        catch (ModelLoadException exception)
        {
            // Logged here, not by the caller: once the host fails to start its loggers are disposed.
            LogNotLoaded(exception.Message);
            throw;
        }

        return Task.CompletedTask;
    }

    private static ScoringModel Load(string directory)
    {
        try
        {
            return ScoringModel.LoadDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"{directory} could not be read: {exception.Message}", exception);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving model {ModelId} version {Version} from {Directory}; checksums verified.")]
    private partial void LogLoaded(string modelId, string version, string directory);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API cannot start: the model could not be loaded. {Reason} Set Model:Path (environment Model__Path) to a folder holding a model version.")]
    private partial void LogNotLoaded(string reason);
}
