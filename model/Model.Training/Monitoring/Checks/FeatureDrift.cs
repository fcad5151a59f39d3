using Mlops.Model.Features;

namespace Mlops.Model.Training.Monitoring.Checks;

/// <summary>
/// One feature's drift: PSI on the profile's bins, plus the size-dependent test (KS or chi-square p-value on small
/// batches, normalised Wasserstein or Jensen–Shannon distance on large ones) with its limit.
/// </summary>
public sealed record FeatureDrift(
    string Feature,
    FeatureKind Kind,
    double Psi,
    double PsiLimit,
    string Test,
    double TestValue,
    double TestLimit,
    bool TestIsPValue)
{
    public bool PsiDrifted => Psi > PsiLimit;

    /// <summary>A p-value drifts below its limit, a distance above it; NaN (nothing to test) never drifts.</summary>
    public bool TestDrifted => TestIsPValue ? TestValue < TestLimit : TestValue > TestLimit;

    public bool Drifted => PsiDrifted || TestDrifted;
}
