using Mlops.Model;
using Mlops.Model.Training.Monitoring.Reporting;

namespace Mlops.Build;

/// <summary>Every path the build uses, derived once from the repository root.</summary>
public sealed record BuildPaths(string Root)
{
    public string Solution => Path.Combine(Root, "Build.sln");

    public string VersionFile => Path.Combine(Root, "version.txt");

    public string PackageVersions => Path.Combine(Root, "Directory.Packages.props");

    /// <summary>The common project settings, the target framework among them.</summary>
    public string BuildProps => Path.Combine(Root, "Directory.Build.props");

    /// <summary>Pins Cake.Tool (a PackageDownload whose version is a property of Directory.Packages.props).</summary>
    public string CakeToolProps => Path.Combine(Root, "build", "CakeTool.props");

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string TestResults => Path.Combine(Artifacts, "tests");

    /// <summary>The model spec: data, columns, target, split, parameters, threshold, gates, monitoring.</summary>
    public string Spec => Path.Combine(Root, "model", "spec.json");

    /// <summary>The default model registry: a NuGet folder feed beside the sources, git-ignored and never cleaned.</summary>
    public string Feed => Path.Combine(Root, ".feed");

    /// <summary>Where a trained model's files land (locally trained or brought back from Databricks), with the profile, metrics and report.</summary>
    public string ModelArtifacts => Path.Combine(Artifacts, "model");

    /// <summary>Champions downloaded from the feed for the gate.</summary>
    public string Champions => Path.Combine(Artifacts, "champions");

    /// <summary>The files one package version carries (model files stamped with the version and gate, the README).</summary>
    public string PackageStaging => Path.Combine(Artifacts, "package-model");

    /// <summary>Where Pack compiles the runtime with the model embedded, apart from the ordinary build's output.</summary>
    public string PackageBuild => Path.Combine(Artifacts, "package-build");

    public string Packages => Path.Combine(Artifacts, "packages");

    /// <summary>The card as packed: stamped with the version and the gate's verdict (the release notes).</summary>
    public string PackedModelCard => Path.Combine(PackageStaging, ModelFiles.Card);

    /// <summary>The packaged runtime's project (model/Model).</summary>
    public string ModelProject => Path.Combine(Root, "model", "Model", "Model.csproj");

    /// <summary>The Databricks training job's definition, applied with the Jobs API so the job is code too.</summary>
    public string DatabricksJobDefinition => Path.Combine(Root, "model", "databricks", "job.json");

    /// <summary>Labelled batches waiting for the Monitor task.</summary>
    public string IncomingData => Path.Combine(Root, "data", "incoming");

    /// <summary>The run history's SQLite file (the default store, when no PostgreSQL connection is set): git-ignored, never cleaned.</summary>
    public string HistoryDatabase => Path.Combine(Root, ".history", "history.db");

    public string MonitorReports => Path.Combine(Artifacts, "monitor");

    /// <summary>One batch's report folder under <see cref="MonitorReports"/>.</summary>
    public string MonitorReport(string batchName) => Path.Combine(MonitorReports, ReportFiles.FolderOf(batchName));

    /// <summary>Monitor --retrain's work: the combined training data (data/) and the challenger's model folder (model/).</summary>
    public string Retraining => Path.Combine(Artifacts, "retrain");

    public string ApiProject => Path.Combine(Root, "api", "Api.csproj");

    public string SmokeTests => Path.Combine(Root, "api", "smoke-tests.json");

    /// <summary>The published API that Deploy and Serve run; its model/ folder holds the model being served.</summary>
    public string DeployApi => Path.Combine(Artifacts, "deploy", "api");

    /// <summary>One deploy environment's folder: its model files and, for the local provider, the version verified there.</summary>
    public string DeployEnvironment(string environment) => Path.Combine(Artifacts, "deploy", "environments", environment);

    /// <summary>Packages downloaded from the feed for a deploy, kept for inspection.</summary>
    public string DeployDownloads => Path.Combine(Artifacts, "deploy", "packages");

    /// <summary>The Debian packages the build and its tests need, one a line.</summary>
    public string SystemPackages => Path.Combine(Root, "build", "system-packages.txt");

    /// <summary>The npm lock file's copy that npm ci writes when it installs the tests' tools: it changes with them.</summary>
    public string TestToolsInstalled => Path.Combine(Root, "tests", "tools", "node_modules", ".package-lock.json");

    /// <summary>What the last successful Restore, Build and Test read (their inputs' keys); a step whose key is unchanged does nothing.</summary>
    public string RestoreStamp => Path.Combine(Artifacts, "stamps", "restore.json");

    public string BuildStamp => Path.Combine(Artifacts, "stamps", "build.json");

    /// <summary>The last successful Pack's inputs, so an unchanged model and runtime are not packed again.</summary>
    public string PackStamp => Path.Combine(Artifacts, "stamps", "pack.json");

    /// <summary>Beside the TRX files it vouches for, so that removing the results removes it too.</summary>
    public string TestStamp => Path.Combine(TestResults, "passed.json");

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
