using Mlops.Model.Features;
using Mlops.Model.Profiles;
using Mlops.Model.Tests.Data;
using Mlops.Model.Training.Data.Loading;
using Mlops.Model.Training.Pipeline;
using Mlops.Model.Training.Profiling;

namespace Mlops.Model.Tests.Profiling;

public sealed class DataProfilerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Numeric_statistics_match_hand_computed_values()
    {
        var age = Profile().Find("age")!;

        // Present values 1, 2, 3, 4, 10: mean 4, sample variance 50 / 4.
        Assert.Equal(5, age.Count);
        Assert.Equal(1, age.Missing);
        var summary = age.Summary!;
        Assert.Equal(4, summary.Mean, 12);
        Assert.Equal(Math.Sqrt(12.5), summary.Std, 12);
        Assert.Equal(1, summary.Min);
        Assert.Equal(10, summary.Max);
        Assert.Equal(3, summary.Median);
        Assert.Equal(1.04, summary.Quantiles["p1"], 12);
        Assert.Equal(2, summary.Quantiles["p25"], 12);
        Assert.Equal(4, summary.Quantiles["p75"], 12);
        Assert.Equal(9.76, summary.Quantiles["p99"], 12);
    }

    [Fact]
    public void The_histogram_stores_its_bin_edges_and_counts()
    {
        var histogram = Profile(bins: 2).Find("age")!.Histogram!;

        Assert.Equal([1, 3, 10], histogram.Edges);
        Assert.Equal([2L, 3L], histogram.Counts);
    }

    [Fact]
    public void New_values_outside_the_stored_edges_fall_into_the_outer_bins()
    {
        var histogram = new Histogram([1, 3, 10], [2, 3]);

        Assert.Equal(0, histogram.BinOf(-50));
        Assert.Equal(1, histogram.BinOf(3));
        Assert.Equal(1, histogram.BinOf(500));
    }

    [Fact]
    public void Categories_list_the_top_values_and_sum_the_rest_as_other()
    {
        var plan = Profile(topK: 2).Find("plan")!;

        Assert.Equal(FeatureKind.Categorical, plan.Kind);
        Assert.Equal(1, plan.Missing);
        var frequencies = plan.Frequencies!;
        Assert.Equal(3, frequencies.Distinct);
        Assert.Equal([new CategoryCount("a", 3), new CategoryCount("b", 1)], frequencies.Top);
        Assert.Equal(1, frequencies.Other);
    }

    [Fact]
    public void Categories_beyond_the_top_values_are_kept_by_name_up_to_the_vocabulary_limit()
    {
        Assert.Equal([new CategoryCount("c", 1)], Profile(topK: 2).Find("plan")!.Frequencies!.Rare);
        Assert.Null(Profile(topK: 2, vocabularyLimit: 2).Find("plan")!.Frequencies!.Rare);
    }

    [Fact]
    public void A_column_with_few_values_keeps_each_with_its_count_and_one_with_many_keeps_evenly_spaced_quantiles()
    {
        var few = Profile().Find("age")!.Distribution!;
        Assert.True(few.Exact);
        Assert.Equal([1.0, 2, 3, 4, 10], few.Values);
        Assert.Equal([1L, 1, 1, 1, 1], few.Weights);

        var many = DataProfiler.ProfileColumn(new Training.Data.NumericColumn("x", FeatureKind.Numeric, [.. Enumerable.Range(0, 1000).Select(i => (double)(999 - i))]), new ProfileOptions { DistributionPoints = 4 }).Distribution!;

        Assert.False(many.Exact);
        Assert.Equal([125.0, 375, 625, 875], many.Values);
        Assert.Equal([1L, 1, 1, 1], many.Weights);
    }

    [Fact]
    public void The_vocabulary_and_the_value_distribution_survive_the_profile_file()
    {
        var path = folder.File("profile.json", string.Empty);
        ArtifactJson.Write(path, Profile(topK: 2));

        var read = ArtifactJson.Read<DataProfile>(path);

        Assert.Equal([new CategoryCount("c", 1)], read.Find("plan")!.Frequencies!.Rare);
        Assert.Equal([1.0, 2, 3, 4, 10], read.Find("age")!.Distribution!.Values);
        Assert.True(read.Find("age")!.Distribution!.Exact);
    }

    [Fact]
    public void Booleans_get_a_rate_and_frequencies()
    {
        var active = Profile().Find("active")!;

        Assert.Equal(4.0 / 6, active.Summary!.Mean, 12);
        Assert.Equal([new CategoryCount("true", 4), new CategoryCount("false", 2)], active.Frequencies!.Top);
    }

    [Fact]
    public void The_target_rate_and_markdown_are_reported()
    {
        var profile = Profile();

        Assert.Equal(0.5, profile.Target!.PositiveRate);
        var markdown = ProfileMarkdown.Render(profile);
        Assert.Contains("| age | 5 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("other (1)", ProfileMarkdown.Render(Profile(topK: 2)), StringComparison.Ordinal);
    }

    private DataProfile Profile(int bins = 10, int topK = 20, int vocabularyLimit = 10_000)
    {
        const string Csv = "age,plan,active,label\n1,a,true,yes\n2,b,true,no\n3,a,false,yes\n4,a,true,no\n,,true,yes\n10,c,false,no\n";
        var loaded = CsvTableLoader.Load(folder.File("data.csv", Csv), Specs.ThreeColumnSpec());
        return DataProfiler.Profile(loaded.Table, "yes", new ProfileOptions { Bins = bins, TopK = topK, VocabularyLimit = vocabularyLimit });
    }
}
