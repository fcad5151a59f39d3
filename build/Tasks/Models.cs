using Cake.Core.Diagnostics;
using Cake.Frosting;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Build.Tasks;

[TaskName(nameof(Models))]
[TaskDescription("Prints the registry: every model version on the feed with its date, commit and headline metrics")]
public sealed class Models : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var feed = context.OpenFeed();
        var entries = await feed.ListModelsAsync(context.Model.Spec.ModelId, CancellationToken.None);
        context.Log.Information(entries.Count == 0
            ? $"No version of {context.Model.Spec.ModelId} on {context.Feed} yet: ./build.sh --target=Release publishes the first."
            : RegistryTable.Render(context.Model.Spec.ModelId, context.Feed.Source, entries));
    }
}
