using System.Text.Json;
using Mlops.Model.Profiles;
using Mlops.Model.Training.Monitoring.Drift;

namespace Mlops.Model.Tests.Monitoring;

public sealed class DriftStatisticsTests
{
    private static readonly JsonElement Fixtures = JsonDocument.Parse(
        File.ReadAllText(RepositoryFiles.PathOf("tests/Model.Tests/Monitoring/Fixtures/drift_fixtures.json"))).RootElement;

    public static TheoryData<int> KsCases() => [0, 1, 2];

    public static TheoryData<int> CategoricalCases() => [0, 1];

    [Theory]
    [MemberData(nameof(KsCases))]
    public void Kolmogorov_Smirnov_p_value_matches_scipy_for_the_same_statistic(int index)
    {
        var fixture = Fixtures.GetProperty("ks")[index];
        var n = fixture.GetProperty("sample").GetArrayLength();

        var pValue = KolmogorovSmirnov.PValue(fixture.GetProperty("statistic").GetDouble(), n);

        // SciPy's asymptotic p-value omits Stephens' small-sample correction that we apply.
        Assert.Equal(fixture.GetProperty("pValue").GetDouble(), pValue, 0.03);
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
    public void Unequal_bins_are_an_error_naming_both_sizes()
    {
        var error = Assert.Throws<ArgumentException>(() => PopulationStability.Index([1, 2, 3], [1, 2]));

        Assert.Contains("3 reference bins, 2 actual", error.Message, StringComparison.Ordinal);
    }
}
