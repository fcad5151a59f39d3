using Mlops.Model.Profiles;

namespace Mlops.Integrations.Tests.Databricks;

/// <summary>Profile numbers from numpy and from the managed profiler agree to rounding, not to the last bit.</summary>
internal static class ProfileAssert
{
    private const double RelativeTolerance = 1e-9;

    public static void SameSummary(NumericSummary? expected, NumericSummary? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        Close([expected.Mean, expected.Std, expected.Min, expected.Max, expected.Median], [actual.Mean, actual.Std, actual.Min, actual.Max, actual.Median]);
        Assert.Equal(expected.Quantiles.Keys.Order(StringComparer.Ordinal), actual.Quantiles.Keys.Order(StringComparer.Ordinal));
        Close([.. expected.Quantiles.Keys.Select(k => expected.Quantiles[k])], [.. expected.Quantiles.Keys.Select(k => actual.Quantiles[k])]);
    }

    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var tolerance = RelativeTolerance * Math.Max(1, Math.Abs(expected[i]));
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance || (double.IsNaN(expected[i]) && double.IsNaN(actual[i])),
                $"value {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
