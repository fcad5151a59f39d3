using System.Text.Json;
using System.Diagnostics;
using Mlops.Build.Integrations.Deploy;

namespace Mlops.Build.Tests.Deploy;

/// <summary>
/// No Docker engine runs here, so the image's promises are checked in api/Dockerfile itself: built by the SDK, run by
/// the ASP.NET runtime as a non-root user on $PORT, with the released model fetched from the feed by id and version
/// (the fetch step itself runs in ModelFetchToolTests), from pinned base images, with a HEALTHCHECK that needs no curl.
/// </summary>
public sealed class ContainerFilesTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.Combine("api", "Dockerfile"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();

    [Fact]
    public void The_image_is_built_with_the_SDK_and_runs_on_the_ASP_NET_runtime_only()
    {
        var stages = Lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.All(stages[..^1], stage => Assert.Contains("dotnet/sdk:", stage, StringComparison.Ordinal));
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
    public void Every_base_image_is_pinned_to_a_patch_version()
    {
        var images = Lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).Select(line => line.Split(' ')[1]).ToList();

        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.Matches(@":\d+\.\d+\.\d+$", image));
    }

    [Fact]
    public void Nothing_git_ignored_is_copied_into_the_image()
    {
        var sources = Lines.Where(line => line.StartsWith("COPY ", StringComparison.Ordinal) && !line.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
            .ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source =>
        {
            Assert.False(GitIgnores(source), $"api/Dockerfile copies {source}, which git ignores: Railway builds from a clone, which lacks it.");
            Assert.True(File.Exists(RepositoryRoot.Combine(source)) || Directory.Exists(RepositoryRoot.Combine(source)), $"api/Dockerfile copies {source}, which is not in the repository.");
        });
    }

    [Fact]
    public void The_model_is_fetched_from_the_feed_by_the_id_and_version_the_build_is_given()
    {
        Assert.Contains($"ARG {ModelImage.ModelIdVariable}", Lines);
        Assert.Contains($"ARG {ModelImage.ModelVersionVariable}", Lines);
        var fetch = Assert.Single(Lines, line => line.Contains("ModelFetch.dll", StringComparison.Ordinal) && line.StartsWith("RUN dotnet ", StringComparison.Ordinal));
        Assert.Contains($"\"${ModelImage.ModelIdVariable}\" \"${ModelImage.ModelVersionVariable}\" /model", fetch, StringComparison.Ordinal);
        Assert.Contains("COPY --from=model /model ./model/", Lines);
        Assert.Contains(Lines, line => line.Contains("Model__Path=/app/model", StringComparison.Ordinal));
        Assert.Contains(Lines, line => line.Contains($"Model__ExpectedVersion=${ModelImage.ModelVersionVariable}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_feeds_key_never_reaches_the_final_stage()
    {
        var runtime = Lines[Array.FindLastIndex(Lines, l => l.StartsWith("FROM ", StringComparison.Ordinal))..];

        Assert.DoesNotContain(runtime, line => line.Contains("NUGET_API_KEY", StringComparison.Ordinal));
    }

    [Fact]
    public void The_health_check_needs_no_curl_and_runs_the_probe_built_with_the_API()
    {
        var check = Assert.Single(Lines, line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.DoesNotContain("curl", check, StringComparison.Ordinal);
        Assert.DoesNotContain("wget", check, StringComparison.Ordinal);
        Assert.Contains("CMD [\"dotnet\", \"/app/healthcheck/HealthCheck.dll\"]", check, StringComparison.Ordinal);
        Assert.Contains(Lines, line => line.Contains("--output /app/healthcheck", StringComparison.Ordinal));
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

    private static bool GitIgnores(string path)
    {
        var start = new ProcessStartInfo("git") { ArgumentList = { "check-ignore", "--quiet", "--no-index", path }, WorkingDirectory = RepositoryRoot.Path };
        using var git = Process.Start(start)!;
        git.WaitForExit();
        return git.ExitCode == 0;
    }
}
