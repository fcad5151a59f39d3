using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Publish))]
[TaskDescription("Pushes the package to the feed (the model registry); a version on the feed is never overwritten")]
[IsDependentOn(typeof(Pack))]
public sealed class Publish : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var package = Path.Combine(context.Paths.Packages, $"{context.Model.Spec.ModelId}.{context.Version.SemVer}.nupkg");
        using var feed = context.OpenFeed();
        var result = await feed.PushAsync(package, CancellationToken.None);
        context.Log.Information("{0}", result.Message);
        context.AppendJobSummary($"**Publish:** {result.Message}");
    }
}
