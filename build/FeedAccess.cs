using Cake.Core.Diagnostics;
using Mlops.Build.Integrations.NuGetFeed;

namespace Mlops.Build;

/// <summary>The model registry as the tasks open it: the build's feed, its retries and clean-ups written to the build log.</summary>
public static class FeedAccess
{
    public static NuGetModelFeed OpenFeed(this BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new NuGetModelFeed(context.Feed, log: line => context.Log.Information("{0}", line));
    }
}
