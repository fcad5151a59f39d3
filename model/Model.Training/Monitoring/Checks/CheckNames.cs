namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>The names of the checks, stable from run to run: the fingerprint is built from them.</summary>
public static class CheckNames
{
    public const string Schema = "schema";
    public const string DriftShare = "drift_share";
    public const string PredictionDrift = "prediction_drift";

    public static string Missing(string column) => $"missing:{column}";

    public static string Range(string column) => $"range:{column}";

    public static string Unseen(string column) => $"unseen:{column}";

    public static string Invalid(string column) => $"invalid:{column}";

    public static string Metric(string metric) => $"metric:{metric}";

    public static string Drift(string feature) => $"drift:{feature}";

    /// <summary>Drift checks (per feature, the share, the predictions) label an issue <c>data-drift</c>.</summary>
    public static bool IsDrift(string name) =>
        name.StartsWith("drift", StringComparison.Ordinal) || name == PredictionDrift;
}
