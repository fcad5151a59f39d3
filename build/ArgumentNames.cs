namespace Mlops.Build;

/// <summary>Every <c>--name=value</c> argument the build reads, named once.</summary>
public static class ArgumentNames
{
    /// <summary>Cake's own: the task to run.</summary>
    public const string Target = "target";

    public const string Configuration = "configuration";
    public const string TestFilter = "test-filter";

    /// <summary>Runs the tests even when the last passing run read the same inputs (CI always runs them).</summary>
    public const string RerunTests = "rerun-tests";
    public const string FailOnOutdated = "fail-on-outdated";
    public const string ModelVersion = "model-version";
    public const string ApiUrl = "api-url";
    public const string Data = "data";
    public const string DryRunIssues = "dry-run-issues";
    public const string Retrain = "retrain";

    /// <summary>local (default): Train trains here; remote: TrainRemote trains on Databricks. Evaluate, Gate and Pack follow either.</summary>
    public const string Training = "training";

    /// <summary>Another model spec instead of model/spec.json (relative to the repository root or absolute).</summary>
    public const string Spec = "spec";

    /// <summary>Let a model that fails its gate through; needs <see cref="Reason"/>, which its card records.</summary>
    public const string ForceGate = "force-gate";
    public const string Reason = "reason";

    /// <summary>GenerateBatch: how many rows, the seed, and the shift to apply.</summary>
    public const string Rows = "rows";
    public const string Seed = "seed";
    public const string Shift = "shift";
    public const string LabelShift = "label-shift";
    public const string MissingShift = "missing-shift";
    public const string Url = "url";
    public const string ExpectedVersion = "expected-version";
    public const string Port = "port";

    /// <summary>History: table (the default) or json, the file for the JSON, and how many of the last monitor runs and runs to show.</summary>
    public const string Format = "format";
    public const string Last = "last";
    public const string Output = "output";
    /// <summary>Deploy: the environment to deploy to (default: the first, staging). Promote: --from and --to.</summary>
    public const string Environment = "environment";
    public const string From = "from";
    public const string To = "to";
}
