namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// The one-sample Kolmogorov–Smirnov test of a batch against the reference CDF reconstructed from the
/// profile's histogram: D = sup |Fₙ(x) − F(x)|, with the asymptotic p-value (Stephens' small-sample correction).
/// </summary>
public static class KolmogorovSmirnov
{
    public static DriftTest Test(BinnedReference reference, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var sample = Present(values);
        if (sample.Length == 0)
        {
            return new DriftTest(double.NaN, double.NaN);
        }

        Array.Sort(sample);
        var n = sample.Length;
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            var f = reference.Cdf(sample[i]);
            d = Math.Max(d, Math.Max(((i + 1.0) / n) - f, f - ((double)i / n)));
        }

        return new DriftTest(d, PValue(d, n));
    }

    /// <summary>P(D ≥ d) under the null, from the Kolmogorov distribution.</summary>
    public static double PValue(double d, int n)
    {
        var sqrtN = Math.Sqrt(n);
        var lambda = (sqrtN + 0.12 + (0.11 / sqrtN)) * d;
        if (lambda < 0.2)
        {
            return 1;
        }

        var sum = 0.0;
        for (var k = 1; k <= 100; k++)
        {
            var term = Math.Exp(-2 * k * k * lambda * lambda);
            sum += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-12)
            {
                break;
            }
        }

        return Math.Clamp(sum, 0, 1);
    }

    internal static double[] Present(ReadOnlySpan<double> values)
    {
        var present = new List<double>(values.Length);
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                present.Add(value);
            }
        }

        return [.. present];
    }
}

/// <summary>A test's statistic and its p-value (NaN when there was nothing to test).</summary>
public readonly record struct DriftTest(double Statistic, double PValue);
