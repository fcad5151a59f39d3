using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Tasks;

[TaskName(nameof(SmokeTest))]
[TaskDescription("Runs the smoke tests derived from the model's card plus api/smoke-tests.json against a running API: --url=<base>, --expected-version (default: this build's version, taken from the feed)")]
public sealed class SmokeTest : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = BaseAddress.Parse(context.Argument<string?>(ArgumentNames.Url, null), $"--{ArgumentNames.Url}");
        var version = context.Argument(ArgumentNames.ExpectedVersion, context.Version.SemVer);
        using var feed = context.OpenFeed();
        var source = new ReleaseSource(feed, context.Model.Spec.ModelId, context.Paths.SmokeTests, context.Paths.DeployDownloads, line => context.Log.Information("{0}", line));
        var release = await source.PrepareAsync(version, Path.Combine(context.Paths.DeployDownloads, "smoke-test-model"), CancellationToken.None);
        context.Log.Information("Running {0} smoke tests against {1}, expecting model version {2}.", release.SmokeTests.Tests.Count, url, version);
        using var http = new HttpClient();
        var results = await new SmokeTestRunner(http).RunAsync(release.SmokeTests, url, version, CancellationToken.None);
        context.Log.Information("{0}", SmokeReport.Table(results));
        SmokeReport.ThrowOnFailure(results, url);
    }
}
