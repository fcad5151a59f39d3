using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Smoke;

namespace Mlops.Build.Tasks;

[TaskName(nameof(SmokeTest))]
[TaskDescription("Runs api/smoke-tests.json against a running API: --url=<base>, --expected-version (default: this build's version)")]
public sealed class SmokeTest : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = BaseAddress.Parse(context.Argument<string?>(ArgumentNames.Url, null), $"--{ArgumentNames.Url}");
        var version = context.Argument(ArgumentNames.ExpectedVersion, context.Version.SemVer);
        var suite = SmokeTestSuite.Load(context.Paths.SmokeTests);
        context.Log.Information("Running {0} smoke tests against {1}, expecting model version {2}.", suite.Tests.Count, url, version);
        using var http = new HttpClient();
        var results = await new SmokeTestRunner(http).RunAsync(suite, url, version, CancellationToken.None);
        context.Log.Information("{0}", SmokeReport.Table(results));
        SmokeReport.ThrowOnFailure(results, url);
    }
}
