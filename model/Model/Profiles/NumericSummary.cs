namespace Mlops.Model.Profiles;

/// <summary>
/// Summary of the present values. Std is the sample standard deviation (n - 1, as pandas);
/// quantiles interpolate linearly between order statistics (as numpy's default), keyed p1, p5, …, p99.
/// </summary>
public sealed record NumericSummary(
    double Mean,
    double Std,
    double Min,
    double Max,
    double Median,
    IReadOnlyDictionary<string, double> Quantiles)
{
    public static IReadOnlyList<int> Percentiles { get; } = [1, 5, 25, 50, 75, 95, 99];

    public static string Key(int percentile) => $"p{percentile}";
}
