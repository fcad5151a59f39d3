using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.NuGetFeed;

/// <summary>Where the model registry lives: a local folder feed or a NuGet v3 HTTP feed, and the key to push there.</summary>
public sealed record FeedSettings
{
    private FeedSettings(string source, Uri? serviceIndex, string? apiKey)
    {
        Source = source;
        ServiceIndex = serviceIndex;
        ApiKey = apiKey;
    }

    /// <summary>The folder path or the service index URL, as NuGet.Protocol takes it.</summary>
    public string Source { get; }

    /// <summary>The v3 service index of an HTTP feed; null for a folder feed.</summary>
    public Uri? ServiceIndex { get; }

    public string? ApiKey { get; }

    /// <summary>Where the key comes from, as errors about it name it (the build sets its variable's name).</summary>
    public string ApiKeySetting { get; init; } = "the feed's API key";

    public bool IsFolder => ServiceIndex is null;

    public static FeedSettings Folder(string path) => new(Path.GetFullPath(path), null, null);

    /// <summary>An HTTP feed; the key is registered with the masker at once so no later message can leak it.</summary>
    public static FeedSettings Http(Uri serviceIndex, string? apiKey, SecretMasker? masker = null)
    {
        ArgumentNullException.ThrowIfNull(serviceIndex);
        (masker ?? SecretMasker.Shared).Register(apiKey);
        return new(serviceIndex.AbsoluteUri, serviceIndex, apiKey.NullIfBlank());
    }

    /// <summary>
    /// The feed a build uses: <paramref name="feedUrl"/> when set (an http(s) URL or a folder, relative to the
    /// repository root), else the folder feed at <paramref name="defaultFolder"/>.
    /// </summary>
    public static FeedSettings Resolve(string? feedUrl, string? apiKey, string repositoryRoot, string defaultFolder)
    {
        if (string.IsNullOrWhiteSpace(feedUrl))
        {
            return Folder(defaultFolder);
        }

        if (Uri.TryCreate(feedUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return Http(uri, apiKey);
        }

        return Folder(Path.Combine(repositoryRoot, feedUrl));
    }

    public override string ToString() => Source;
}
