namespace Mlops.Model.Training.Monitoring.Drift;

/// <summary>
/// The Kolmogorov distribution's p-value for a KS statistic (Stephens' small-sample correction), and the batch values
/// a KS test reads; the tests themselves compare against the profile's value distribution or its bins.
/// </summary>
public static class KolmogorovSmirnov
{
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
