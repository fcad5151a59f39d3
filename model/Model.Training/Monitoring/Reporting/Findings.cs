using Mlops.Model.Training.Monitoring.Checks;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>
/// What a person should look at for each breached check: the column (or the metric), the size of the change in words,
/// and for drift a picture of the reference against the batch.
/// </summary>
public static class Findings
{
    public static IReadOnlyList<Finding> Of(MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var drift = result.Drift.ToDictionary(d => CheckNames.Drift(d.Feature), StringComparer.Ordinal);
        return [.. result.Checks.Where(c => c.Breached).Select(check => drift.TryGetValue(check.Name, out var feature) ? FromDrift(check, feature) : FromCheck(check))];
    }

    private static Finding FromDrift(MonitorCheck check, FeatureDrift drift) =>
        new(check.Name, $"column `{drift.Feature}`: {drift.Change}; {drift.Test} p {Gating.Format.Number(drift.PValue)}, PSI {Gating.Format.Number(drift.Psi)}", drift.Picture);

    private static Finding FromCheck(MonitorCheck check) => new(check.Name, $"{Subject(check)}: {check.Value} (bound {check.Bound})", null);

    private static string Subject(MonitorCheck check)
    {
        var colon = check.Name.IndexOf(':', StringComparison.Ordinal);
        var target = colon < 0 ? null : check.Name[(colon + 1)..];
        return check.Area switch
        {
            CheckArea.Metric => $"metric `{target}` on the batch's labels (compare with the drifted columns; check the labels' source)",
            CheckArea.Quality => $"column `{target}`",
            CheckArea.Prediction => "the model's predicted probabilities against the test split's",
            CheckArea.Schema => "the batch file's columns and types",
            _ => $"the share of drifted features (see each drift row)",
        };
    }
}

/// <summary>One breached check: its name, what to look at with the size of the change, and a picture when there is one.</summary>
public sealed record Finding(string Check, string WhatToLookAt, DriftPicture? Picture);
