using System.Text.Json;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Tests.Monitoring;

public sealed class DriftStatisticsTests
{
    private static readonly JsonElement Fixtures = JsonDocument.Parse(
        File.ReadAllText(RepositoryFiles.PathOf("tests/Model.Tests/Monitoring/Fixtures/drift_fixtures.json"))).RootElement;

    private static BinnedReference FixtureReference() => new(new Histogram(
        [.. Fixtures.GetProperty("edges").EnumerateArray().Select(e => e.GetDouble())],
        [.. Fixtures.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64())]));

    public static TheoryData<int> KsCases() => [0, 1, 2];

    public static TheoryData<int> CategoricalCases() => [0, 1];

    [Theory]
    [MemberData(nameof(KsCases))]
    public void Kolmogorov_Smirnov_matches_scipy_on_the_same_reference_cdf(int index)
    {
        var fixture = Fixtures.GetProperty("ks")[index];
        double[] sample = [.. fixture.GetProperty("sample").EnumerateArray().Select(e => e.GetDouble())];

        var test = KolmogorovSmirnov.Test(FixtureReference(), sample);

        Assert.Equal(fixture.GetProperty("statistic").GetDouble(), test.Statistic, 1e-9);
        // SciPy's asymptotic p-value omits Stephens' small-sample correction that we apply.
        Assert.Equal(fixture.GetProperty("pValue").GetDouble(), test.PValue, 0.03);
    }

    [Theory]
    [MemberData(nameof(CategoricalCases))]
    public void Chi_square_and_Jensen_Shannon_match_scipy(int index)
    {
        var fixture = Fixtures.GetProperty("categorical")[index];
        double[] reference = [.. fixture.GetProperty("reference").EnumerateArray().Select(e => e.GetDouble())];
        double[] actual = [.. fixture.GetProperty("actual").EnumerateArray().Select(e => e.GetDouble())];

        var chi = CategoricalDrift.ChiSquare(reference, actual);

        Assert.Equal(fixture.GetProperty("statistic").GetDouble(), chi.Statistic, 1e-9);
        Assert.Equal(fixture.GetProperty("pValue").GetDouble(), chi.PValue, 1e-9);
        Assert.Equal(fixture.GetProperty("jensenShannon").GetDouble(), CategoricalDrift.JensenShannon(reference, actual), 1e-9);
    }

    [Fact]
    public void Psi_is_zero_for_the_same_distribution_and_matches_a_hand_computation()
    {
        Assert.Equal(0, PopulationStability.Index([10, 20, 70], [1, 2, 7]), 12);

        // (0.3-0.5)ln(0.3/0.5) + (0.7-0.5)ln(0.7/0.5) = 0.2·ln(5/3) + 0.2·ln(7/5)
        var expected = (0.2 * Math.Log(5.0 / 3)) + (0.2 * Math.Log(7.0 / 5));
        Assert.Equal(expected, PopulationStability.Index([50, 50], [30, 70]), 12);
    }

    [Fact]
    public void Psi_floors_an_empty_bin_instead_of_going_infinite()
    {
        var psi = PopulationStability.Index([50, 50], [0, 100]);

        Assert.True(double.IsFinite(psi) && psi > 1, $"PSI was {psi}");
    }

    [Fact]
    public void Values_beyond_the_training_range_count_in_the_outer_bins_and_missing_values_not_at_all()
    {
        var reference = new BinnedReference(new Histogram([0, 1, 2, 3], [1, 1, 1]));

        Assert.Equal([2, 1, 2], reference.CountsOf([-5, 0.5, 1.5, 3, 99, double.NaN]));
    }

    [Fact]
    public void Normalized_Wasserstein_reads_a_shift_in_standard_deviations()
    {
        // A uniform reference on [0, 1] (std 1/√12) and a batch shifted right by 0.1.
        var reference = new BinnedReference(new Histogram([.. Enumerable.Range(0, 101).Select(i => i / 100.0)], [.. Enumerable.Repeat(1L, 100)]));
        double[] shifted = [.. Enumerable.Range(0, 10_000).Select(i => 0.1 + ((i + 0.5) / 10_000))];
        double[] same = [.. Enumerable.Range(0, 10_000).Select(i => (i + 0.5) / 10_000)];

        Assert.Equal(0.1 * Math.Sqrt(12), Wasserstein.Normalized(reference, shifted), 0.01);
        Assert.Equal(0, Wasserstein.Normalized(reference, same), 0.005);
    }

    [Fact]
    public void The_reference_cdf_and_quantile_are_inverse_and_linear_within_bins()
    {
        var reference = new BinnedReference(new Histogram([0, 10, 20], [1, 3]));

        Assert.Equal(0.125, reference.Cdf(5), 12);
        Assert.Equal(0.625, reference.Cdf(15), 12);
        Assert.Equal(15, reference.Quantile(0.625), 9);
        Assert.Equal(0, reference.Cdf(-1));
        Assert.Equal(1, reference.Cdf(21));
    }

    [Fact]
    public void Unequal_bins_are_an_error_naming_both_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => PopulationStability.Index([1, 2, 3], [1, 2]));

        Assert.Contains("3 reference bins, 2 actual", error.Message, StringComparison.Ordinal);
    }
}
