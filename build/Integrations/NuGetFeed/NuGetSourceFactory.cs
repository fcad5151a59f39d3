using NuGet.Configuration;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>The NuGet.Protocol view of a feed. A folder feed gets a fresh repository each time because NuGet picks
/// its V2 or V3 folder reader from what the folder holds when the repository is made, and the first push changes that.</summary>
internal static class NuGetSourceFactory
{
    /// <summary>GitHub Packages and most private feeds need the key to read too; any user name goes with a token.</summary>
    private const string KeyUserName = "mlops-build";

    public static SourceRepository Create(FeedSettings settings)
    {
        var source = new PackageSource(settings.Source);
        if (!settings.IsFolder && settings.ApiKey is { } key)
        {
            source.Credentials = new PackageSourceCredential(settings.Source, KeyUserName, key, isPasswordClearText: true, validAuthenticationTypesText: null);
        }

        return Repository.Factory.GetCoreV3(source);
    }

    /// <summary>No on-disk HTTP cache: a registry must see a push made a second ago.</summary>
    public static SourceCacheContext NoCache() => new() { NoCache = true, DirectDownload = true };
}
