using System.Diagnostics;

namespace Mlops.Build.Integrations.Deploy;

/// <summary><c>dotnet publish</c> of the API project into a folder that can run on its own.</summary>
public static class ApiPublisher
{
    public const string EntryAssembly = "Mlops.Api.dll";

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
