using Cake.Common;
using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.Packages;
using NuGet.Frameworks;

namespace Mlops.Build.Tasks;

[TaskName(nameof(CheckOutdated))]
[TaskDescription("Lists every pinned package (Cake.Tool too) with the newest stable version on the NuGet sources that supports the projects' framework (--fail-on-outdated to fail)")]
public sealed class CheckOutdated : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pinned = CentralPackageVersions.Read(context.Paths.PackageVersions, context.Paths.CakeToolProps);
        var sources = OutdatedPackages.ConfiguredSources(context.Paths.Root);
        var framework = NuGetFramework.Parse(CentralPackageVersions.ReadProperty(context.Paths.BuildProps, "TargetFramework"));
        var rows = await OutdatedPackages.CheckAsync(pinned, sources, framework, CancellationToken.None);
        context.Log.Information("{0}", PackageTable.Render(rows));
        var outdated = rows.Count(r => r.IsOutdated);
        context.Log.Information("{0} of {1} packages have a newer stable version.", outdated, rows.Count);
        if (outdated > 0 && context.HasArgument(ArgumentNames.FailOnOutdated))
        {
            throw new InvalidOperationException($"{outdated} packages are outdated (--{ArgumentNames.FailOnOutdated}).");
        }
    }
}
