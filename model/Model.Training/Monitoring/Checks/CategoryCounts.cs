using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// A category column's counts, reference and batch, per category: every category training saw when the profile keeps
/// them all (then values training never saw get a cell of their own), else the top K and "other".
/// </summary>
internal sealed record CategoryCounts(IReadOnlyList<string> Labels, double[] Reference, double[] Batch)
{
    public const string Unseen = "(unseen)";

    /// <summary>
    /// Below this expected batch count a cell is pooled with the other small ones. Five is the textbook rule for a 5 %
    /// test; the drift limit is 0.0001, where a cell expecting 2 and getting 8 alone gives χ² 18, so ten.
    /// </summary>
    private const double MinimumExpected = 10;

    public static CategoryCounts Of(CategoryFrequencies frequencies, TableColumn column)
    {
        var known = frequencies.Top.Concat(frequencies.Rare ?? []).ToList();
        List<string> labels = [.. known.Select(c => c.Value), frequencies.Rare is null ? CategoryFrequencies.OtherLabel : Unseen];
        double[] reference = [.. known.Select(c => (double)c.Count), frequencies.Rare is null ? frequencies.Other : 0];
        var index = known.Select((category, i) => (category.Value, i)).ToDictionary(p => p.Value, p => p.i, StringComparer.Ordinal);
        var batch = new double[reference.Length];
        foreach (var value in Values(column))
        {
            if (value is not null)
            {
                batch[index.TryGetValue(value, out var slot) ? slot : reference.Length - 1]++;
            }
        }

        return new CategoryCounts(labels, reference, batch);
    }

    /// <summary>
    /// The same counts with the smallest categories pooled into one cell: every category expecting fewer than
    /// <see cref="MinimumExpected"/> batch values, and then the next smallest until the pooled cell expects that many.
    /// </summary>
    public (double[] Reference, double[] Batch) Pooled()
    {
        var referenceTotal = Reference.Sum();
        var batchTotal = Batch.Sum();
        var expected = Reference.Select(r => r / referenceTotal * batchTotal).ToArray();
        var pooled = new List<int>();
        foreach (var i in Enumerable.Range(0, Reference.Length).OrderBy(i => expected[i]))
        {
            if (expected[i] < MinimumExpected || (pooled.Count > 0 && pooled.Sum(p => expected[p]) < MinimumExpected))
            {
                pooled.Add(i);
            }
        }

        var keep = Enumerable.Range(0, Reference.Length).Except(pooled).ToList();
        List<double> pooledReference = [.. keep.Select(i => Reference[i])];
        List<double> pooledBatch = [.. keep.Select(i => Batch[i])];
        if (pooled.Count > 0)
        {
            pooledReference.Add(pooled.Sum(i => Reference[i]));
            pooledBatch.Add(pooled.Sum(i => Batch[i]));
        }

        return ([.. pooledReference], [.. pooledBatch]);
    }

    /// <summary>Pearson's χ² on the pooled counts.</summary>
    public DriftTest ChiSquare()
    {
        var (reference, batch) = Pooled();
        return CategoricalDrift.ChiSquare(reference, batch);
    }

    // Booleans are profiled as the words "true" and "false"; read the batch the same way.
    private static IEnumerable<string?> Values(TableColumn column) => column switch
    {
        CategoricalColumn categories => categories.Values,
        NumericColumn numbers => numbers.Values.Select(v => double.IsNaN(v) ? null : v == 1 ? "true" : "false"),
        _ => [],
    };
}
