using System.Diagnostics;

namespace Mlops.Build.Integrations.Deploy;

/// <summary><c>dotnet publish</c> of the API project into a folder that can run on its own.</summary>
public static class ApiPublisher
{
    public const string EntryAssembly = "Mlops.Api.dll";

    /// <summary>Deploy and Serve run the API as it ships.</summary>
    public const string Configuration = "Release";

    /// <summary>Publishes into an emptied folder: a stale file from an earlier publish must not be served beside the new ones.</summary>
    public static Task PublishFreshAsync(string project, string outputFolder, CancellationToken cancellationToken)
    {
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }

        return PublishAsync(project, outputFolder, Configuration, cancellationToken);
    }

    public static async Task PublishAsync(string project, string outputFolder, string configuration, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "--configuration", configuration, "--output", outputFolder, "--nologo" },
        };
        using var publish = ChildProcess.Start(start);
        await publish.WaitForExitAsync(cancellationToken);
        if (publish.ExitCode != 0)
        {
            throw new DeploymentFailedException(
                $"dotnet publish {project} failed with exit code {publish.ExitCode}:{Environment.NewLine}{publish.Output}");
        }
    }
}
