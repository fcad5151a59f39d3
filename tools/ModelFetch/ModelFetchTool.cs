using Mlops.Build.Integrations.Deploy;
using Mlops.Build.Integrations.Http;
using Mlops.Build.Integrations.NuGetFeed;
using NuGet.Versioning;

namespace Mlops.Tools.ModelFetch;

/// <summary>
/// <c>ModelFetch &lt;model id&gt; &lt;version&gt; &lt;output folder&gt;</c>: puts the model files of that version, taken
/// from its package on the feed NUGET_FEED_URL names (with NUGET_API_KEY), into the folder. Exit code 0 when done,
/// 1 when the feed refused or lacks the version, 2 for a wrong call; the message says which and what to set.
/// </summary>
public static class ModelFetchTool
{
    public const string Usage = "Usage: ModelFetch <model id> <version> <output folder> (the feed: NUGET_FEED_URL, an http(s) NuGet v3 feed or a folder; its key: NUGET_API_KEY).";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (Problem(args, environment) is { } problem)
        {
            await error.WriteLineAsync($"{problem}{Environment.NewLine}{Usage}");
            return 2;
        }

        var (packageId, version, folder) = (args[0].Trim(), NuGetVersion.Parse(args[1].Trim()), Path.GetFullPath(args[2]));
        var masker = new SecretMasker();
        var settings = Feed(environment(FetchSettingNames.NuGetFeedUrl)!.Trim(), environment(FetchSettingNames.NuGetApiKey), masker);
        var downloads = Directory.CreateTempSubdirectory("model-fetch-").FullName;
        try
        {
            using var feed = new NuGetModelFeed(settings);
            await ReleasedModel.FetchAsync(feed, packageId, version, downloads, folder, cancellationToken);
            await output.WriteLineAsync($"{packageId} {version} from {settings} is in {folder}.");
            return 0;
        }
        catch (Exception exception) when (exception is DeploymentFailedException or ServiceException or FileNotFoundException or HttpRequestException)
        {
            await error.WriteLineAsync(masker.Apply($"Could not fetch {packageId} {version} from {settings}: {exception.Message}"));
            return 1;
        }
        finally
        {
            Directory.Delete(downloads, recursive: true);
        }
    }

    private static string? Problem(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        if (args.Count != 3 || args.Any(string.IsNullOrWhiteSpace))
        {
            return $"Expected 3 arguments, got {args.Count(a => !string.IsNullOrWhiteSpace(a))}: in the image, set the service variables {ModelImage.ModelIdVariable} and {ModelImage.ModelVersionVariable} (Deploy does) or pass them with --build-arg.";
        }

        if (!NuGetVersion.TryParse(args[1].Trim(), out _))
        {
            return $"'{args[1]}' is not a version (e.g. 1.2.0).";
        }

        return string.IsNullOrWhiteSpace(environment(FetchSettingNames.NuGetFeedUrl))
            ? $"{FetchSettingNames.NuGetFeedUrl} is not set: the image takes the model from the registry, so the build needs the feed (and {FetchSettingNames.NuGetApiKey} when it asks for a key)."
            : null;
    }

    private static FeedSettings Feed(string url, string? apiKey, SecretMasker masker) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? FeedSettings.Http(uri, apiKey, masker)
            : FeedSettings.Folder(url);
}
