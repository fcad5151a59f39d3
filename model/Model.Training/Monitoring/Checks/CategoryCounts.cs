using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>A category column's counts on the profile's categories: the top K, then "other" (where unseen values land too).</summary>
internal static class CategoryCounts
{
    /// <summary>Below this expected count χ² is unreliable, so such categories are pooled into one cell.</summary>
    private const double MinimumExpected = 5;

    public static (double[] Reference, double[] Batch) Of(CategoryFrequencies frequencies, TableColumn column)
    {
        var index = frequencies.Top.Select((category, i) => (category.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        double[] reference = [.. frequencies.Top.Select(c => (double)c.Count), frequencies.Other];
        var batch = new double[reference.Length];
        foreach (var value in Values(column))
        {
            if (value is not null)
            {
                batch[index.TryGetValue(value, out var slot) ? slot : reference.Length - 1]++;
            }
        }

        return (reference, batch);
    }

    /// <summary>Pearson's χ² after pooling the categories whose expected batch count is below five.</summary>
    public static DriftTest ChiSquarePooled(double[] reference, double[] batch)
    {
        var referenceTotal = reference.Sum();
        var batchTotal = batch.Sum();
        var keep = Enumerable.Range(0, reference.Length).Where(i => reference[i] / referenceTotal * batchTotal >= MinimumExpected).ToList();
        var pooled = Enumerable.Range(0, reference.Length).Except(keep).ToList();
        List<double> pooledReference = [.. keep.Select(i => reference[i])];
        List<double> pooledBatch = [.. keep.Select(i => batch[i])];
        if (pooled.Count > 0)
        {
            pooledReference.Add(pooled.Sum(i => reference[i]));
            pooledBatch.Add(pooled.Sum(i => batch[i]));
        }

        return CategoricalDrift.ChiSquare(pooledReference, pooledBatch);
    }

    // Booleans are profiled as the words "true" and "false"; read the batch the same way.
    private static IEnumerable<string?> Values(TableColumn column) => column switch
    {
        CategoricalColumn categories => categories.Values,
        NumericColumn numbers => numbers.Values.Select(v => double.IsNaN(v) ? null : v == 1 ? "true" : "false"),
        _ => [],
    };
}
