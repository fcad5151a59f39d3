using Mlops.Model.Profiles;
using Mlops.Model.Training.Data;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// A categorical or boolean feature's drift on every category training saw: χ² on the counts (rare categories pooled),
/// PSI on the same pooled cells, Jensen–Shannon on all of them; the picture shows the most frequent categories.
/// </summary>
internal static class CategoryDrift
{
    private const int PictureCategories = 12;

    public static FeatureDrift Of(TableColumn column, CategoryFrequencies frequencies, DriftLimits limits, bool large)
    {
        var counts = CategoryCounts.Of(frequencies, column);
        var (pooledReference, pooledBatch) = counts.Pooled();
        return new FeatureDrift
        {
            Feature = column.Name,
            Kind = column.Kind,
            Psi = PopulationStability.Index(pooledReference, pooledBatch),
            PsiLimit = limits.Psi,
            Test = "χ²",
            PValue = counts.ChiSquare().PValue,
            PValueLimit = limits.ChiSquarePValue,
            Distance = "Jensen–Shannon",
            DistanceValue = CategoricalDrift.JensenShannon(counts.Reference, counts.Batch),
            DistanceLimit = limits.JensenShannon,
            LargeSample = large,
            Change = LargestChange(counts),
            Picture = Picture(counts),
        };
    }

    private static string LargestChange(CategoryCounts counts)
    {
        var (reference, batch) = (NumericDrift.Shares(counts.Reference), NumericDrift.Shares(counts.Batch));
        var most = Enumerable.Range(0, reference.Length).MaxBy(i => Math.Abs(batch[i] - reference[i]));
        return $"'{counts.Labels[most]}' {Percent.Of(reference[most])} → {Percent.Of(batch[most])}";
    }

    private static DriftPicture Picture(CategoryCounts counts)
    {
        var (reference, batch) = (NumericDrift.Shares(counts.Reference), NumericDrift.Shares(counts.Batch));
        var shown = Enumerable.Range(0, reference.Length).OrderByDescending(i => Math.Max(reference[i], batch[i])).Take(PictureCategories).Order().ToList();
        var rest = Enumerable.Range(0, reference.Length).Except(shown).ToList();
        List<string> labels = [.. shown.Select(i => counts.Labels[i])];
        List<double> referenceShares = [.. shown.Select(i => reference[i])];
        List<double> batchShares = [.. shown.Select(i => batch[i])];
        if (rest.Count > 0)
        {
            labels.Add($"{rest.Count} more");
            referenceShares.Add(rest.Sum(i => reference[i]));
            batchShares.Add(rest.Sum(i => batch[i]));
        }

        return new DriftPicture(labels, referenceShares, batchShares);
    }
}
