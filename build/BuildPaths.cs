namespace Mlops.Build;

/// <summary>Every path the build uses, derived once from the repository root.</summary>
public sealed record BuildPaths(string Root)
{
    public string Solution => Path.Combine(Root, "Build.sln");

    public string VersionFile => Path.Combine(Root, "version.txt");

    public string PackageVersions => Path.Combine(Root, "Directory.Packages.props");

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string TestResults => Path.Combine(Artifacts, "tests");

    /// <summary>The default model registry: a NuGet folder feed beside the sources, git-ignored and never cleaned.</summary>
    public string Feed => Path.Combine(Root, ".feed");

    public string Spec => Path.Combine(Root, "model", "spec.json");

    public string ApiProject => Path.Combine(Root, "api", "Api.csproj");

    public string SmokeTests => Path.Combine(Root, "api", "smoke-tests.json");

    /// <summary>The model version the local build trained (the Serve task prefers it to the feed).</summary>
    public string TrainedModel => Path.Combine(Artifacts, "model");

    /// <summary>The published API that Deploy and Serve run; its model/ folder holds the model being served.</summary>
    public string DeployApi => Path.Combine(Artifacts, "deploy", "api");

    /// <summary>The released model's files for the container image (api/Dockerfile copies them from here).</summary>
    public string DeployModel => Path.Combine(Artifacts, "deploy", "model");

    /// <summary>Packages downloaded from the feed for a deploy, kept for inspection.</summary>
    public string DeployDownloads => Path.Combine(Artifacts, "deploy", "packages");

    /// <summary>The repository root: the nearest folder upwards that holds Build.sln.</summary>
    public static BuildPaths FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Build.sln")))
            {
                return new BuildPaths(directory.FullName);
            }
        }

        throw new InvalidOperationException($"No Build.sln in '{start}' or any folder above it: run the build from the repository.");
    }
}
