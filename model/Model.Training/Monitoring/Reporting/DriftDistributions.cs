using System.Globalization;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.Drift;
using Mlops.Model.Training.Spec;

namespace Mlops.Model.Training.Monitoring.Reporting;

/// <summary>
/// A drifted feature's batch against its training reference, as shares on the profile's own bins (numbers) or
/// categories (the top K, then "other"): what report.html draws so a person sees how the data moved.
/// </summary>
public sealed record FeatureDistribution(string Feature, IReadOnlyList<string> Bins, IReadOnlyList<double> Reference, IReadOnlyList<double> Batch);

public static class DriftDistributions
{
    /// <summary>The distributions of the features the result marks drifted; none when nothing drifted or the batch is unreadable.</summary>
    public static IReadOnlyList<FeatureDistribution> Load(string batchPath, ModelSpec spec, DataProfile? reference, MonitorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var drifted = result.Drift.Where(d => d.Drifted).Select(d => d.Feature).ToList();
        if (drifted.Count == 0 || reference is null || BatchLoader.Load(batchPath, spec).Table is not { } batch)
        {
            return [];
        }

        return Of(reference, batch, drifted);
    }

    public static IReadOnlyList<FeatureDistribution> Of(DataProfile reference, ColumnTable batch, IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(features);
        var distributions = new List<FeatureDistribution>();
        foreach (var feature in features)
        {
            var profile = reference.Find(feature);
            var column = batch.Columns.FirstOrDefault(c => c.Name == feature);
            if (profile?.Histogram is { } histogram && column is NumericColumn numbers)
            {
                var bins = new BinnedReference(histogram);
                distributions.Add(new FeatureDistribution(feature, BinLabels(histogram.Edges), bins.Proportions(), Shares(bins.CountsOf(numbers.Values))));
            }
            else if (profile?.Frequencies is { } frequencies && column is not null)
            {
                var counts = CategoryCounts.Of(frequencies, column);
                distributions.Add(new FeatureDistribution(feature, [.. counts.Labels], Shares(counts.Reference), Shares(counts.Batch)));
            }
        }

        return distributions;
    }

    private static string[] BinLabels(IReadOnlyList<double> edges) =>
        [.. Enumerable.Range(0, edges.Count - 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"[{edges[i]:0.##}, {edges[i + 1]:0.##})"))];

    private static double[] Shares(double[] counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(count => total > 0 ? count / total : 0)];
    }
}
