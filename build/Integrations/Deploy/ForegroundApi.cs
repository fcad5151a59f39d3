namespace Mlops.Build.Integrations.Deploy;

/// <summary>The API run for a person: its log streams to the console until they stop it or it stops by itself.</summary>
public static class ForegroundApi
{
    /// <returns>Null when stopped by <paramref name="stop"/>; otherwise the exit code of an API that ended on its own.</returns>
    public static async Task<int?> RunAsync(string publishFolder, string modelFolder, Uri url, Action<string> log, CancellationToken stop)
    {
        using var api = ApiHost.Start(publishFolder, modelFolder, url, log);
        try
        {
            await api.WaitForExitAsync(stop);
            return api.ExitCode;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
    }
}
