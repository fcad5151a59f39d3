using Mlops.Model.Profiles;
using Mlops.Model.Training.Data.Synthetic;
using Mlops.Model.Training.Monitoring.Batches;
using Mlops.Model.Training.Monitoring.Checks;
using Mlops.Model.Training.Monitoring.Quality;

namespace Mlops.Model.Tests.Monitoring;

public sealed class QualityChecksTests(MonitoringWorld world) : IClassFixture<MonitoringWorld>
{
    [Fact]
    public void A_batch_like_training_passes_every_quality_check()
    {
        var batch = world.LoadBatch(world.WriteBatch(rows: 1000, seed: 201));

        var checks = QualityChecks.Run(world.Profile, batch, world.Monitoring.Quality);

        Assert.All(checks, check => Assert.Equal(CheckStatus.Pass, check.Status));
        Assert.Contains(checks, c => c.Name == CheckNames.Range(ChurnColumns.Age));
        Assert.Contains(checks, c => c.Name == CheckNames.Unseen(ChurnColumns.Region));
    }

    [Fact]
    public void More_missing_values_than_in_training_breach_the_missing_rate()
    {
        var batch = world.LoadBatch(world.WriteBatch(rows: 1000, seed: 202, new ChurnShift { ExtraMissingRate = 0.2 }));

        var checks = QualityChecks.Run(world.Profile, batch, world.Monitoring.Quality);

        Assert.Equal(CheckStatus.Breach, checks.Single(c => c.Name == CheckNames.Missing(ChurnColumns.Age)).Status);
        Assert.Equal(CheckStatus.Pass, checks.Single(c => c.Name == CheckNames.Missing(ChurnColumns.TenureMonths)).Status);
    }

    [Theory]
    [InlineData(10, CheckStatus.Breach)]
    [InlineData(200, CheckStatus.Pass)]
    public void Values_beyond_the_training_range_breach_only_when_their_share_exceeds_the_limit(int everyNth, CheckStatus expected)
    {
        var path = world.WriteBatch(rows: 1000, seed: 203);
        RewriteColumn(path, ChurnColumns.Age, (row, value) => row % everyNth == 0 ? "119" : value);

        var checks = QualityChecks.Run(world.Profile, world.LoadBatch(path), world.Monitoring.Quality);

        Assert.Equal(expected, checks.Single(c => c.Name == CheckNames.Range(ChurnColumns.Age)).Status);
    }

    [Fact]
    public void A_category_training_never_saw_breaches_when_training_kept_every_category()
    {
        var path = world.WriteBatch(rows: 400, seed: 204);
        RewriteColumn(path, ChurnColumns.PlanTier, (row, value) => row % 5 == 0 ? "platinum" : value);

        var checks = QualityChecks.Run(world.Profile, world.LoadBatch(path), world.Monitoring.Quality);

        Assert.Equal(0, world.Profile.Find(ChurnColumns.PlanTier)!.Frequencies!.Other);
        Assert.Equal(CheckStatus.Breach, checks.Single(c => c.Name == CheckNames.Unseen(ChurnColumns.PlanTier)).Status);
    }

    [Fact]
    public void When_an_older_profile_folded_rare_categories_into_other_only_a_rise_of_other_counts_as_unseen()
    {
        var profile = RegionFolded(keepRare: false);
        var batch = world.LoadBatch(world.WriteBatch(rows: 1000, seed: 205));

        var checks = QualityChecks.Run(profile, batch, world.Monitoring.Quality);

        var unseen = checks.Single(c => c.Name == CheckNames.Unseen(ChurnColumns.Region));
        Assert.Equal(CheckStatus.Pass, unseen.Status);
        Assert.Contains("outside the top 3", unseen.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_outside_the_top_k_that_training_saw_is_not_unseen_but_a_new_one_is()
    {
        var profile = RegionFolded(keepRare: true);
        var path = world.WriteBatch(rows: 1000, seed: 205);
        MonitoringWorld.EditColumn(path, ChurnColumns.Region, (row, field) => row < 30 ? "atlantis" : field);

        var unchanged = QualityChecks.Run(profile, world.LoadBatch(world.WriteBatch(rows: 1000, seed: 205)), world.Monitoring.Quality);
        var renamed = QualityChecks.Run(profile, world.LoadBatch(path), world.Monitoring.Quality);

        Assert.Equal(CheckStatus.Pass, unchanged.Single(c => c.Name == CheckNames.Unseen(ChurnColumns.Region)).Status);
        var unseen = renamed.Single(c => c.Name == CheckNames.Unseen(ChurnColumns.Region));
        Assert.Equal(CheckStatus.Breach, unseen.Status);
        Assert.Contains("'atlantis'", unseen.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_a_schema_breach_not_an_exception()
    {
        var path = world.WriteBatch(rows: 300, seed: 206);
        File.WriteAllLines(path, File.ReadAllLines(path).Select(line => string.Join(',', line.Split(',').Where((_, i) => i != 4))));

        var load = BatchLoader.Load(path, world.Spec);

        Assert.False(load.IsUsable);
        Assert.Equal(CheckStatus.Breach, load.Schema.Status);
        Assert.Contains(ChurnColumns.Age, load.Schema.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_a_schema_breach()
    {
        var path = world.WriteBatch(rows: 300, seed: 207);
        RewriteColumn(path, ChurnColumns.MonthlyCharges, (_, _) => "expensive");

        var load = BatchLoader.Load(path, world.Spec);

        Assert.Equal(CheckStatus.Breach, load.Schema.Status);
        Assert.Contains(ChurnColumns.MonthlyCharges, load.Schema.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fingerprint_is_the_sha256_of_the_batch_file()
    {
        var path = world.WriteBatch(rows: 300, seed: 208);

        Assert.Equal(Model.Checksums.Sha256(File.ReadAllBytes(path)), BatchLoader.Load(path, world.Spec).Fingerprint);
    }

    private static void RewriteColumn(string path, string column, Func<int, string, string> rewrite)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines[0].Split(','), column);
        for (var row = 1; row < lines.Length; row++)
        {
            var fields = lines[row].Split(',');
            fields[index] = rewrite(row, fields[index]);
            lines[row] = string.Join(',', fields);
        }

        File.WriteAllLines(path, lines);
    }

    /// <summary>The profile's region column with only three categories on top: the rest kept by name, or folded as an older profile did.</summary>
    private DataProfile RegionFolded(bool keepRare) => world.Profile with
    {
        Columns = [.. world.Profile.Columns.Select(c => c.Name == ChurnColumns.Region
            ? c with
            {
                Frequencies = c.Frequencies! with
                {
                    Top = [.. c.Frequencies.Top.Take(3)],
                    Other = c.Frequencies.Top.Skip(3).Sum(t => t.Count) + c.Frequencies.Other,
                    Rare = keepRare ? [.. c.Frequencies.Top.Skip(3), .. c.Frequencies.Rare ?? []] : null,
                },
            }
            : c)],
    };
}
