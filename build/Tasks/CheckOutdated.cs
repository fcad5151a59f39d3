using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Packages;

namespace Mlops.Build.Tasks;

[TaskName(nameof(CheckOutdated))]
[TaskDescription("Lists every pinned package with the newest stable version on the NuGet sources (--fail-on-outdated to fail)")]
public sealed class CheckOutdated : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pinned = CentralPackageVersions.Read(context.Paths.PackageVersions);
        var sources = OutdatedPackages.ConfiguredSources(context.Paths.Root);
        var rows = await OutdatedPackages.CheckAsync(pinned, sources, CancellationToken.None);
        context.Log.Information("{0}", PackageTable.Render(rows));
        var outdated = rows.Count(r => r.IsOutdated);
        context.Log.Information("{0} of {1} packages have a newer stable version.", outdated, rows.Count);
        if (outdated > 0 && context.HasArgument(ArgumentNames.FailOnOutdated))
        {
            throw new InvalidOperationException($"{outdated} packages are outdated (--{ArgumentNames.FailOnOutdated}).");
        }
    }
}
