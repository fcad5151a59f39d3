using Mlops.Model.Features;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// One feature's drift. A feature drifts only when its significance test rejects (KS or χ² p-value below the limit),
/// so no statistic fires on sampling noise alone; on large batches, where every test rejects a harmless difference,
/// the change must also be large enough: the distance (normalised Wasserstein or Jensen–Shannon) or PSI above its limit.
/// </summary>
public sealed record FeatureDrift
{
    public required string Feature { get; init; }

    public required FeatureKind Kind { get; init; }

    /// <summary>PSI on the profile's bins (numbers) or the categories (pooled as for χ²).</summary>
    public required double Psi { get; init; }

    public required double PsiLimit { get; init; }

    /// <summary>"KS" or "χ²".</summary>
    public required string Test { get; init; }

    /// <summary>The test's p-value; NaN when there was nothing to test (never drifts).</summary>
    public required double PValue { get; init; }

    public required double PValueLimit { get; init; }

    /// <summary>"Wasserstein (std)" or "Jensen–Shannon".</summary>
    public required string Distance { get; init; }

    public required double DistanceValue { get; init; }

    public required double DistanceLimit { get; init; }

    /// <summary>At least the spec's largeSampleRows: the size of the change must pass its limit too.</summary>
    public required bool LargeSample { get; init; }

    /// <summary>What changed, in words a person can check (the mean in standard deviations, the category that moved most).</summary>
    public required string Change { get; init; }

    /// <summary>The reference and batch shares per bin or category, for the report's picture.</summary>
    public required DriftPicture Picture { get; init; }

    public bool Significant => PValue < PValueLimit;

    public bool Drifted => Significant && (!LargeSample || DistanceValue > DistanceLimit || Psi > PsiLimit);
}

/// <summary>Shares of the reference and of the batch on the same bins or categories (each list sums to 1).</summary>
public sealed record DriftPicture(IReadOnlyList<string> Labels, IReadOnlyList<double> Reference, IReadOnlyList<double> Batch);
