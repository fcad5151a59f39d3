namespace Mlops.Tools.ModelFetch;

/// <summary>
/// The image's build arguments for the feed. They are the build's own NUGET_FEED_URL and NUGET_API_KEY (see
/// build/EnvironmentNames.cs), so one Railway variable serves both; this tool is built in the image without the build.
/// </summary>
internal static class FetchSettingNames
{
    public const string NuGetFeedUrl = "NUGET_FEED_URL";
    public const string NuGetApiKey = "NUGET_API_KEY";
}
