using System.Diagnostics;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>Starts a published API as a child process, serving one model folder at one loopback URL.</summary>
public static class ApiHost
{
    public static ChildProcess Start(string publishFolder, string modelFolder, Uri url, Action<string>? onLine = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var entry = Path.Combine(publishFolder, ApiPublisher.EntryAssembly);
        if (!File.Exists(entry))
        {
            throw new DeploymentFailedException($"No published API at {entry}: publish api/Api.csproj into {publishFolder} first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { entry, "--urls", url.GetLeftPart(UriPartial.Authority) },
            WorkingDirectory = publishFolder,
            Environment =
            {
                ["Model__Path"] = Path.GetFullPath(modelFolder),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                // One line per entry, so the log quoted in a failure reads like the console.
                ["Logging__Console__FormatterName"] = "simple",
                ["Logging__Console__FormatterOptions__SingleLine"] = "true",
            },
        };
        return ChildProcess.Start(start, onLine);
    }
}
