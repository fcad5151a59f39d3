using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mlops.Build.Tests.Deploy;

/// <summary>
/// No Docker engine runs here, so the image's promises are checked in api/Dockerfile itself: built by the SDK, run by
/// the ASP.NET runtime as a non-root user on $PORT, with the released model from the folder Deploy fills.
/// </summary>
public sealed partial class ContainerFilesTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.Combine("api", "Dockerfile"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();

    [Fact]
    public void The_image_is_built_with_the_SDK_and_runs_on_the_ASP_NET_runtime_only()
    {
        var stages = Lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.Contains("dotnet/sdk:", stages[0], StringComparison.Ordinal);
        Assert.Contains("dotnet/aspnet:", stages[^1], StringComparison.Ordinal);
        Assert.Contains(Lines, line => line.StartsWith("COPY --from=build ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_API_runs_as_a_user_other_than_root()
    {
        var user = Assert.Single(Lines, line => line.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();

        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
        Assert.True(Array.FindIndex(Lines, l => l.StartsWith("USER ", StringComparison.Ordinal)) > Array.FindLastIndex(Lines, l => l.StartsWith("FROM ", StringComparison.Ordinal)),
            "USER must be set in the final (runtime) stage");
    }

    [Fact]
    public void The_API_listens_on_the_port_the_host_gives_in_PORT()
    {
        var entry = Assert.Single(Lines, line => line.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));

        Assert.Contains("--urls http://0.0.0.0:${PORT}", entry, StringComparison.Ordinal);
        Assert.Contains(Lines, line => line.StartsWith("EXPOSE ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_released_model_is_copied_from_the_folder_that_Deploy_prepares()
    {
        var deployModel = Path.GetRelativePath(RepositoryRoot.Path, new BuildPaths(RepositoryRoot.Path).DeployModel).Replace('\\', '/');

        var copy = Assert.Single(Lines, line => ModelCopy().IsMatch(line));

        Assert.Equal(deployModel, ModelCopy().Match(copy).Groups["source"].Value.TrimEnd('/'));
        Assert.Contains(Lines, line => line.Contains("Model__Path=/app/model", StringComparison.Ordinal));
    }

    [Fact]
    public void Railway_builds_this_Dockerfile_checks_health_and_restarts_on_failure()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("api", "railway.json")));
        var build = config.RootElement.GetProperty("build");
        var deploy = config.RootElement.GetProperty("deploy");

        Assert.Equal("DOCKERFILE", build.GetProperty("builder").GetString());
        Assert.True(File.Exists(RepositoryRoot.Combine(build.GetProperty("dockerfilePath").GetString()!)));
        Assert.Equal("/health", deploy.GetProperty("healthcheckPath").GetString());
        Assert.InRange(deploy.GetProperty("healthcheckTimeout").GetInt32(), 1, 600);
        Assert.Equal("ON_FAILURE", deploy.GetProperty("restartPolicyType").GetString());
        Assert.True(deploy.GetProperty("restartPolicyMaxRetries").GetInt32() > 0);
    }

    [GeneratedRegex(@"^COPY (?<source>artifacts/\S+) \./model/$")]
    private static partial Regex ModelCopy();
}
