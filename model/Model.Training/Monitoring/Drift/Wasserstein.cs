namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// The first Wasserstein (earth mover's) distance between the batch and the reference, ∫₀¹ |Qₙ(u) − Q(u)| du,
/// divided by the reference standard deviation so one limit fits every column: 0.1 means the batch sits, on
/// average, a tenth of a standard deviation away. For large batches, where any KS test rejects.
/// </summary>
public static class Wasserstein
{
    private const int Steps = 1000;

    public static double Normalized(BinnedReference reference, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var sample = KolmogorovSmirnov.Present(values);
        var scale = reference.StandardDeviation();
        if (sample.Length == 0 || !(scale > 0))
        {
            return double.NaN;
        }

        Array.Sort(sample);
        var distance = 0.0;
        for (var step = 0; step < Steps; step++)
        {
            var u = (step + 0.5) / Steps;
            var empirical = sample[Math.Min((int)(u * sample.Length), sample.Length - 1)];
            distance += Math.Abs(empirical - reference.Quantile(u));
        }

        return distance / Steps / scale;
    }
}
