using Mlops.Build.Integrations.NuGetFeed;
using Mlops.Build.Integrations.Smoke;
using Mlops.Model;
using NuGet.Versioning;

namespace Mlops.Build.Integrations.Deploy;

/// <summary>
/// Where every deploy takes a model version from: its package on the feed (the registry), and its tests: those derived
/// from its own card, plus the QC tests of <paramref name="qcTestsFile"/> when that file is written for this model.
/// </summary>
public sealed class ReleaseSource(IModelFeed feed, string packageId, string qcTestsFile, string downloadFolder, Action<string> log)
{
    public string PackageId => packageId;

    public async Task<PreparedRelease> PrepareAsync(string version, string modelFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        await ReleasedModel.FetchAsync(feed, packageId, NuGetVersion.Parse(version), downloadFolder, modelFolder, cancellationToken);
        log($"{packageId} {version} from {feed.Settings} is in {modelFolder}.");
        var derived = CardSmokeTests.From(ScoringModel.LoadDirectory(modelFolder));
        return new PreparedRelease(packageId, version, modelFolder, SmokeTestSuite.For(packageId, derived, qcTestsFile, log));
    }
}
