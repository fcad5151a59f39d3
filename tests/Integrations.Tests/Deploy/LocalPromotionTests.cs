using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Smoke;
using Mlops.Model;

namespace Mlops.Integrations.Tests.Deploy;

/// <summary>
/// Two local environments (two loopback API instances, one after the other) stand in for staging and production:
/// deploy, promote the version verified in staging, and roll back production alone when its QC tests fail.
/// </summary>
[Collection(DeployTestGroup.Name)]
public sealed class LocalPromotionTests(PublishedApi api) : IDisposable
{
    private const string Previous = "2.3.3";
    private readonly List<string> _log = [];
    private readonly string _root = api.NewFolder();
    private readonly NuGetModelFeed _feed = new(FeedSettings.Folder(Path.Combine(api.Root, "feed-with-two-versions")));

    [Fact]
    public async Task Promote_takes_the_version_verified_in_staging_to_production()
    {
        var (staging, production) = Environments(SmokeSuites.GoodFile(_root));
        await production.DeployAsync(Previous, "c0ffee", CancellationToken.None);
        await staging.DeployAsync(PublishedApi.Version, "c0ffee", CancellationToken.None);

        var result = await Promotion.RunAsync(staging, production, "c0ffee", null, _log.Add, CancellationToken.None);

        Assert.Equal(PublishedApi.Version, result.Version);
        Assert.Contains($"{DeployModel.PackageId} {PublishedApi.Version} passed its tests in production", result.Summary, StringComparison.Ordinal);
        Assert.Equal(PublishedApi.Version, await production.VerifiedVersionAsync(CancellationToken.None));
        Assert.Contains(_log, line => line.StartsWith($"Promoting {PublishedApi.Version} from staging to production", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_QC_test_failing_in_production_rolls_back_production_alone()
    {
        var (staging, _) = Environments(SmokeSuites.GoodFile(_root));
        var production = Environment("production", SmokeSuites.OnlyPassesFor(_root, Previous));
        await production.DeployAsync(Previous, "c0ffee", CancellationToken.None);
        await staging.DeployAsync(PublishedApi.Version, "c0ffee", CancellationToken.None);

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() => Promotion.RunAsync(staging, production, "c0ffee", null, _log.Add, CancellationToken.None));

        Assert.Contains(SmokeSuites.QcTestName, failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Rolled production back to {Previous}, which passed its tests again.", failure.Message, StringComparison.Ordinal);
        Assert.Equal(Previous, await production.VerifiedVersionAsync(CancellationToken.None));
        Assert.Equal(PublishedApi.Version, await staging.VerifiedVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Nothing_verified_in_staging_is_nothing_to_promote()
    {
        var (staging, production) = Environments(SmokeSuites.GoodFile(_root));

        var failure = await Assert.ThrowsAsync<DeploymentFailedException>(() => Promotion.RunAsync(staging, production, "c0ffee", null, _log.Add, CancellationToken.None));

        Assert.Contains("no version has passed its tests in staging yet", failure.Message, StringComparison.Ordinal);
        Assert.Null(await production.VerifiedVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_model_on_another_data_set_deploys_with_its_derived_tests_and_the_repository_QC_file_left_out()
    {
        var qcFile = Path.Combine(Mlops.Build.BuildPaths.FindFrom(AppContext.BaseDirectory).Root, "api", "smoke-tests.json");
        var (staging, _) = Environments(qcFile);

        await staging.DeployAsync(PublishedApi.Version, "c0ffee", CancellationToken.None);

        Assert.Contains(_log, line => line.Contains($"is written for Mlops.ChurnModel, not {DeployModel.PackageId}", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("a record without the required 'usage' is a 400 naming it", StringComparison.Ordinal) && line.Contains("pass", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("a batch of two records is scored in order", StringComparison.Ordinal) && line.Contains("pass", StringComparison.Ordinal));
    }

    [Fact]
    public void The_derived_typical_record_takes_each_columns_most_common_value_from_the_card()
    {
        var model = ScoringModel.LoadDirectory(api.ModelFolder);

        var record = CardSmokeTests.TypicalRecord(model);

        Assert.Equal(DeployModel.TypicalUsage, record["usage"]!.GetValue<double>());
        Assert.Equal("premium", record["plan"]!.GetValue<string>());
        Assert.True(record["autopay"]!.GetValue<bool>());
        Assert.Contains(CardSmokeTests.From(model).Tests, t => t.Path == "/predict/batch" && t.Body is JsonArray { Count: 2 });
    }

    public void Dispose() => _feed.Dispose();

    private (LocalDeployProvider Staging, LocalDeployProvider Production) Environments(string qcFile)
    {
        if (!File.Exists(Path.Combine(_feed.Settings.Source, $"{DeployModel.PackageId}.{Previous}.nupkg".ToLowerInvariant())))
        {
            api.PublishAnotherVersion(_feed.Settings.Source, Previous);
        }

        return (Environment("staging", qcFile), Environment("production", qcFile));
    }

    private LocalDeployProvider Environment(string name, string qcFile)
    {
        var source = new ReleaseSource(_feed, DeployModel.PackageId, qcFile, Path.Combine(_root, "downloads", name), _log.Add);
        return new LocalDeployProvider(name, source, new LocalEnvironmentFolders(null, api.PublishFolder, Path.Combine(_root, name)), _log.Add);
    }
}
