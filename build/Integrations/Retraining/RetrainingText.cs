using System.Globalization;
using System.Text;
using Mlops.Model.Training.Gating;
using Mlops.Model.Training.Retraining;

namespace Mlops.Build.Integrations.Retraining;

/// <summary>The regression issue's comments about a retrain: what was trained on what, the gate table, and what became of it.</summary>
public static class RetrainingText
{
    public static string Published(string packageId, string version, string feed, string deployment, Challenger challenger, string championVersion, string gateMarkdown) =>
        new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Retrained: **{packageId} {version}** passed the gate against the champion {championVersion} and was published to `{feed}`.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Deployment: {deployment}")
            .AppendLine()
            .Append(Basis(challenger))
            .AppendLine()
            .Append(gateMarkdown)
            .ToString();

    public static string Rejected(string packageId, string version, Challenger challenger, string championVersion, GateDecision decision, string gateMarkdown)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var failures = string.Join("; ", decision.Report.Failures.Select(f => $"{f.Check} {f.Value} ({f.Bound})"));
        return new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Retrained, but the challenger ({packageId} {version}) failed the gate against the champion {championVersion}: **nothing was published**, {championVersion} stays in production.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Failed: {(failures.Length > 0 ? failures : "the gate did not pass")}.")
            .AppendLine()
            .Append(Basis(challenger))
            .AppendLine()
            .Append(gateMarkdown)
            .ToString();
    }

    private static string Basis(Challenger challenger)
    {
        var data = challenger.Data;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Trained on the spec's data plus {data.BatchRows} new labelled rows from {string.Join(", ", data.Batches.Select(Path.GetFileName))} " +
                $"({challenger.Training.TrainRows} train / {challenger.Training.ValidationRows} validation rows); both models were scored on the " +
                $"{challenger.FairTest.RowCount} rows of the combined data's test split that neither trained on.");
        if (data.Skipped.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Left out (cannot be trained on): {string.Join("; ", data.Skipped)}.");
        }

        return text.ToString();
    }
}
